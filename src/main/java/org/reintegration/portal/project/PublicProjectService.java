package org.reintegration.portal.project;

import java.util.List;
import org.reintegration.portal.project.repository.ProjectRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects as anyone may read them on the public pages, without an account. */
@Service
public class PublicProjectService {

    private final ProjectRepository projects;

    PublicProjectService(ProjectRepository projects) {
        this.projects = projects;
    }

    /**
     * The projects of a community as anyone may read them, without an account: cancelled ones left out,
     * confidential ones without title (see {@link PublicProject}). Empty for an unknown or archived
     * community.
     */
    @Transactional(readOnly = true)
    public List<PublicProject> publicProjects(long communityId) {
        if (projects.publicCommunityName(communityId).isEmpty()) {
            return List.of();
        }
        return projects.findPage(null, ProjectFilter.ALL.withCommunity(communityId), false, 0, 500).stream()
                .filter(p -> p.data().status() != ProjectStatus.CANCELLED)
                .map(PublicProject::of)
                .toList();
    }

    /**
     * The communities that have a public project page (every one not archived), by name, for the public
     * list that leads to them: those whose name contains the text, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<PublicCommunity> publicCommunities(String nameContains, int limit) {
        return projects.publicCommunities(nameContains, limit);
    }

    /** The name of a community that is not archived, for its public project page. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> publicCommunityName(long communityId) {
        return projects.publicCommunityName(communityId);
    }
}
