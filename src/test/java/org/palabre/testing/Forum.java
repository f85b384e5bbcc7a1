package org.palabre.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Categories, topics and replies made the way people make them, for tests that need a forum to read. */
public final class Forum {

    private static final Pattern LOCATION_TOPIC = Pattern.compile("/t/([a-z0-9-]+)/([0-9]+)(?:/([0-9]+))?");

    /** Where a topic or post lives: /t/{slug}/{id} and, for a post, its number. */
    public record Place(String slug, long id, int number) {
        public String topicPath() {
            return "/t/" + slug + "/" + id;
        }

        public String postPath() {
            return topicPath() + "/" + number;
        }
    }

    private Forum() {}

    /** Creates a category as the administrator; access is EVERYONE, MEMBERS or GROUPS (with the group names). */
    public static void category(
            URI base, String slug, String readAccess, String readGroups, String writeAccess, String writeGroups) {
        WebClient admin = Administrator.signedIn(base);
        HttpResponse<String> created = admin.submit(
                "/admin/categories",
                "/admin/categories",
                java.util.Map.of(
                        "name",
                        "Catégorie " + slug,
                        "slug",
                        slug,
                        "description",
                        "Pour les tests",
                        "colour",
                        "#336699",
                        "position",
                        "0",
                        "readAccess",
                        readAccess,
                        "readGroups",
                        readGroups,
                        "writeAccess",
                        writeAccess,
                        "writeGroups",
                        writeGroups));
        if (created.statusCode() != 303) {
            throw new AssertionError(
                    "category " + slug + " not created: " + created.statusCode() + " " + created.body());
        }
    }

    public static void publicCategory(URI base, String slug) {
        category(base, slug, "EVERYONE", "", "MEMBERS", "");
    }

    private static final java.util.Set<String> MADE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A public category that a whole test class shares: made by its first test, found by the others. */
    public static synchronized void sharedPublicCategory(URI base, String slug) {
        if (MADE.add(base + " " + slug)) {
            publicCategory(base, slug);
        }
    }

    /** Starts a topic through the new-topic form; returns where its first post lives. */
    public static Place topic(WebClient author, String categorySlug, String title, String raw) {
        HttpResponse<String> created = author.submit(
                "/new-topic?category=" + categorySlug,
                "/new-topic",
                java.util.Map.of("category", categorySlug, "title", title, "raw", raw, "intent", "publish"));
        return placeOf(created);
    }

    /** Replies through the topic page's form, to the topic or (replyTo not null) to one of its posts. */
    public static Place reply(WebClient author, Place topic, Integer replyTo, String raw) {
        java.util.Map<String, String> fields =
                new java.util.HashMap<>(java.util.Map.of("raw", raw, "intent", "publish"));
        if (replyTo != null) {
            fields.put("replyTo", String.valueOf(replyTo));
        }
        return placeOf(author.submit(topic.topicPath() + "/reply", topic.topicPath() + "/reply", fields));
    }

    public static Place placeOf(HttpResponse<String> created) {
        if (created.statusCode() != 303) {
            throw new AssertionError("not published: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        Matcher matcher = LOCATION_TOPIC.matcher(location);
        if (!matcher.find()) {
            throw new AssertionError("unexpected location " + location);
        }
        return new Place(
                matcher.group(1),
                Long.parseLong(matcher.group(2)),
                matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3)));
    }

    /** A JSON request as Palabre's own pages send it (same origin, session cookie). */
    public static HttpResponse<String> json(WebClient client, String method, String path, String body) {
        HttpRequest.Builder request =
                client.request(path).header("Origin", client.origin()).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The id of the post at this place, read from the topic's JSON as a reader sees it. */
    public static long postId(WebClient reader, Place place) {
        String body = json(reader, "GET", "/api/topics/" + place.id() + "?size=200", null)
                .body();
        Matcher matcher = Pattern.compile("\"id\":(\\d+),\"number\":" + place.number() + ",")
                .matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("post " + place.number() + " not in " + body);
        }
        return Long.parseLong(matcher.group(1));
    }
}
