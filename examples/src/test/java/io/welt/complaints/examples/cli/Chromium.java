package io.welt.complaints.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium, as Debian packages it, driven over its DevTools protocol on a WebSocket of the JDK's
 * own HTTP client: no driver binary whose version must match the browser's, no library beyond the JDK and
 * Jackson. It listens on the loopback only, with a fresh profile, and no network of its own (no updates,
 * no sync, no QUIC). One page at a time: load a file, run a script, click where a person would, take a
 * screenshot; every uncaught exception and console error is kept for the test to check.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final String session;

    private Chromium(Process process, Path profile, WebSocket socket, Listener listener) throws IOException {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        listener.owner = this;
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        this.session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        call("Page.enable", Map.of());
        call("Runtime.enable", Map.of());
        call("Log.enable", Map.of());
        call("Network.enable", Map.of());
        call("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1,
                "mobile", false));
    }

    /** The browser's program: {@code $CHROMIUM}, else chromium on the PATH; null when there is none. */
    static Path program() {
        String given = System.getenv("CHROMIUM");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Starts a headless browser with a fresh profile under {@code work}. */
    static Chromium start(Path work) throws IOException, InterruptedException {
        Path program = program();
        if (program == null) {
            throw new IllegalStateException("no chromium on the PATH (set CHROMIUM, or apt-get install chromium)");
        }
        Path profile = Files.createTempDirectory(Files.createDirectories(work), "chromium-profile-");
        Process process = new ProcessBuilder(program.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(WAIT);
        while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium did not open its DevTools port (exit "
                        + (process.isAlive() ? "none" : process.exitValue()) + ")");
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile);
        URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(uri, listener).join();
        return new Chromium(process, profile, socket, listener);
    }

    /** Receives the browser's messages: answers complete their call, events are kept. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    Chromium chromium = owner;
                    if (chromium != null) { // nothing is asked before it is set
                        chromium.receive(message);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("not JSON from the browser", e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    private void receive(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> call = pending.remove(message.get("id").asInt());
            if (call != null) {
                call.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    private JsonNode call(String method, Map<String, ?> params) throws IOException {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
        request.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            request.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(request), true).join();
        JsonNode message;
        try {
            message = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException(method + ": no answer from the browser", e);
        }
        if (message.has("error")) {
            throw new IOException(method + ": " + message.get("error"));
        }
        return message.get("result");
    }

    /** Loads {@code file} and waits until it has loaded. */
    void open(Path file) throws IOException, InterruptedException {
        int before = events.size();
        call("Page.navigate", Map.of("url", file.toUri().toString()));
        Instant deadline = Instant.now().plus(WAIT);
        while (events.subList(before, events.size()).stream()
                .noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("the page did not load: " + file);
            }
            Thread.sleep(20);
        }
    }

    /** The value of a JavaScript expression in the page (a script error is thrown). */
    JsonNode eval(String expression) throws IOException {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("script error: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Clicks the middle of the element {@code selector} finds, as a person's mouse would. */
    void click(String selector) throws IOException {
        JsonNode box = eval("(function(){var r=document.querySelector(" + JSON.writeValueAsString(selector)
                + ").getBoundingClientRect();return {x:r.x+r.width/2,y:r.y+r.height/2};})()");
        double x = box.get("x").asDouble();
        double y = box.get("y").asDouble();
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
        }
    }

    /** Shows the page as printed ({@code "print"}) or on screen ({@code ""}). */
    void media(String media) throws IOException {
        call("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** Saves a PNG of the whole page to {@code file}. */
    void screenshot(Path file) throws IOException {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    /** The uncaught exceptions and console errors so far, each in a line. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode event : events) {
            String method = event.path("method").asText();
            JsonNode params = event.path("params");
            if (method.equals("Runtime.exceptionThrown")) {
                errors.add("exception: " + params.path("exceptionDetails"));
            } else if (method.equals("Runtime.consoleAPICalled") && params.path("type").asText().equals("error")) {
                errors.add("console error: " + params.path("args"));
            } else if (method.equals("Log.entryAdded") && params.path("entry").path("level").asText().equals("error")) {
                errors.add("log error: " + params.path("entry").path("text").asText());
            }
        }
        return errors;
    }

    /** The URLs the page asked for (the file itself included). */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (JsonNode event : events) {
            if (event.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(event.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }

    /** Forgets the events so far, before the next page. */
    void clear() {
        events.clear();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            call(null, "Browser.close", Map.of());
        } catch (IOException e) {
            // it may close before it answers
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
