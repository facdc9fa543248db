package org.reintegration.portal.selection.voting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The intake benchmark's HTTP clients posting ballots to the endpoint, safe to use from many threads at once. */
interface BallotClients extends AutoCloseable {

    PlainHttpConnection.Response post(String json) throws Exception;

    @Override
    void close();

    /**
     * One {@link PlainHttpConnection} per concurrent request: a connection is taken from the idle ones (or
     * opened) for a request and put back after its answer, so 200 client threads keep 200 connections.
     */
    final class Plain implements BallotClients {

        private final int port;
        private final ConcurrentLinkedQueue<PlainHttpConnection> idle = new ConcurrentLinkedQueue<>();

        Plain(int port) {
            this.port = port;
        }

        @Override
        public PlainHttpConnection.Response post(String json) throws Exception {
            PlainHttpConnection connection = idle.poll();
            if (connection == null) {
                connection = new PlainHttpConnection("127.0.0.1", port);
            }
            PlainHttpConnection.Response answer = connection.postJson("/api/ballots", json);
            idle.add(connection);
            return answer;
        }

        @Override
        public void close() {
            idle.forEach(PlainHttpConnection::close);
        }
    }

    /** The JDK's HttpClient over HTTP/1.1 ({@code -Dbench.client=jdk}), as the benchmark used before. */
    final class Jdk implements BallotClients {

        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final URI endpoint;

        Jdk(int port) {
            endpoint = URI.create("http://localhost:" + port + "/api/ballots");
        }

        @Override
        public PlainHttpConnection.Response post(String json) throws Exception {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new PlainHttpConnection.Response(answer.statusCode(), answer.body());
        }

        @Override
        public void close() {
            http.close();
        }
    }
}
