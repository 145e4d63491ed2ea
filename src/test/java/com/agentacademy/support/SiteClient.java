package com.agentacademy.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client with cookies, for tests against the real server on a random port. */
public final class SiteClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public SiteClient(int port) {
        this("http://127.0.0.1:" + port, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build());
    }

    private SiteClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The same client, cookies and all, talking to a server on another port (a restarted one). */
    public SiteClient at(int port) {
        return new SiteClient("http://127.0.0.1:" + port, http);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "en");
    }

    public HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a page's script makes it, asking for JSON. */
    public HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the real form, CSRF token and all. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrfToken(get("/login").body()));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form as a page would: the CSRF token is taken from {@code page} (its hidden field or
     * its meta tag) and sent as the page's script sends it, in the request header.
     */
    public HttpResponse<String> post(String path, String form, String page) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(page);
        Matcher meta = CSRF_META.matcher(page);
        String value = token.find() ? token.group(1) : meta.find() ? meta.group(1) : "";
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", value)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form as a browser posts one with an {@code enctype="multipart/form-data"}: its fields
     * (the CSRF token among them), then one file in the field {@code file}.
     */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----academy-test-boundary";
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a page's forms. */
    public static String csrfToken(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("the page has no CSRF token");
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
