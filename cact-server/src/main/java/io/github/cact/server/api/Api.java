package io.github.cact.server.api;

import io.github.cact.server.http.RouteGroup;
import java.util.List;

/** The API's route groups: the one place where a new group is added. */
public final class Api {

    private Api() {
    }

    /**
     * Returns every route group of the API.
     *
     * @param services what the groups share
     * @return the groups in registration order
     */
    public static List<RouteGroup> groups(Services services) {
        return List.of(
                new SystemRoutes(services),
                new KeyRoutes(services),
                new BankRoutes(services),
                DocumentRoutes.standards(services),
                DocumentRoutes.cutScores(services),
                DocumentRoutes.nineBoxConfigs(services),
                new ScoringRoutes(services),
                new NineBoxRoutes(services),
                new MatchingRoutes(services),
                new ResultRoutes(services),
                new CatRoutes(services),
                new TryPageRoutes());
    }
}
