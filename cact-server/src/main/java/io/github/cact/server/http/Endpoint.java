package io.github.cact.server.http;

/** The code behind one route: reads the exchange, returns the reply or throws a {@link Problem}. */
@FunctionalInterface
public interface Endpoint {

    /**
     * Serves one request.
     *
     * @param exchange the request and its context
     * @return the reply
     * @throws Exception on failure; a {@link Problem} becomes its status, anything else a 500
     */
    Reply handle(Exchange exchange) throws Exception;
}
