package org.reintegration.portal.outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.outcome.repository.OutcomeRepository;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring scheme of reintegration outcomes: staff and local authorities read its versions, administrators write
 * new ones and apply one to every stored survey answer (the scheme decides what every figure means, so changing it is
 * an administrative act, logged with author and time). See docs/adr/0013-reintegration-outcomes.md.
 */
@Service
public class SchemeService {

    /** The example scheme shipped with the portal; its weights are invented and it says so. */
    public static final String EXAMPLE_SCHEME_RESOURCE = "outcome/example-scheme.txt";

    private final OutcomeRepository outcomes;
    private final AppliedScheme applied;
    private final FigureStore figures;
    private final CurrentUser currentUser;
    private final Clock clock;

    SchemeService(
            OutcomeRepository outcomes,
            AppliedScheme applied,
            FigureStore figures,
            CurrentUser currentUser,
            Clock clock) {
        this.outcomes = outcomes;
        this.applied = applied;
        this.figures = figures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The text of the example scheme shipped with the portal. */
    public static String exampleScheme() {
        try (InputStream in = new ClassPathResource(EXAMPLE_SCHEME_RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scheme version every figure is shown under: the one applied last; empty before any was applied. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public Optional<SchemeVersion> appliedScheme() {
        return applied.get();
    }

    /** Every stored version, newest first. */
    @PreAuthorize("hasAnyRole('STAFF', 'AUTHORITY')")
    @Transactional(readOnly = true)
    public List<StoredScheme> schemeVersions() {
        return outcomes.schemes();
    }

    /**
     * Stores the text as a new scheme version, not yet applied.
     *
     * @throws InvalidFieldException ({@code definition}) naming the line of the first mistake
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int saveScheme(String text) {
        ScoringScheme scheme = AppliedScheme.parse(text);
        return outcomes.insertScheme(scheme.title(), text, scheme.example(), username(), now());
    }

    /**
     * Scores every stored survey answer under a version, makes it the one every figure is shown under and computes
     * the figures anew; answers the version does not know count as unknown. All or nothing.
     *
     * @return how many survey answers were scored
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int applyScheme(int version) {
        figures.lock();
        StoredScheme stored = outcomes.scheme(version)
                .orElseThrow(() -> new InvalidInputException("There is no scheme version " + version));
        ScoringScheme scheme = AppliedScheme.parse(stored.definition());
        outcomes.deleteScores(version);
        int[] scored = {0};
        outcomes.forEachAnswerPage(500, page -> {
            Map<Long, Scores> scores = new HashMap<>();
            page.forEach((id, answers) -> scores.put(id, scheme.score(answers)));
            outcomes.insertScores(version, scores);
            scored[0] += scores.size();
        });
        outcomes.markApplied(version, now());
        figures.refresh(new SchemeVersion(stored, scheme), null);
        return scored[0];
    }

    private String username() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
