package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VotingCodesTest {

    private final VotingCodes codes = new VotingCodes("a pepper", "unused");

    @Test
    void a_code_has_three_groups_of_four_from_an_alphabet_without_look_alikes() {
        String code = codes.draw();

        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(VotingCodes.ALPHABET).doesNotContain("0", "O", "1", "I").hasSize(32);
        // 12 characters of 5 bits each
        assertThat(VotingCodes.LENGTH * (Integer.numberOfTrailingZeros(VotingCodes.ALPHABET.length())))
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void codes_are_typed_in_any_case_with_or_without_dashes_and_spaces() {
        assertThat(VotingCodes.normalise("k7qm-4hxt-9wpa")).contains("K7QM4HXT9WPA");
        assertThat(VotingCodes.normalise(" K7QM 4HXT 9WPA ")).contains("K7QM4HXT9WPA");
        assertThat(VotingCodes.normalise("K7QM4HXT9WPA")).contains("K7QM4HXT9WPA");
        assertThat(VotingCodes.normalise("K7QM-4HXT-9WP")).isEmpty();
        assertThat(VotingCodes.normalise("K7QM-4HXT-9WP0")).isEmpty();
        assertThat(VotingCodes.normalise(null)).isEmpty();
    }

    @Test
    void the_hash_depends_on_the_pepper_and_is_64_hex_characters() {
        String hash = codes.hash("K7QM4HXT9WPA");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(codes.hash("K7QM4HXT9WPA"));
        assertThat(new VotingCodes("another pepper", "unused").hash("K7QM4HXT9WPA"))
                .isNotEqualTo(hash);
    }

    @Test
    void ten_thousand_drawn_codes_are_all_different() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            drawn.add(codes.draw());
        }
        assertThat(drawn).hasSize(10_000);
    }

    @Test
    void without_a_configured_pepper_one_is_created_readable_by_the_owner_only_and_kept(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws java.io.IOException {
        java.nio.file.Path file = data.resolve("sub/voting-code-pepper");

        String first = new VotingCodes("", file.toString()).hash("K7QM4HXT9WPA");
        String again = new VotingCodes("", file.toString()).hash("K7QM4HXT9WPA");

        assertThat(again).isEqualTo(first);
        assertThat(java.nio.file.Files.readString(file)).hasSize(64);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
