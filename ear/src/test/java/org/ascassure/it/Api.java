package org.ascassure.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A plain HTTP client for the API, as any client of ours would call it. */
public final class Api {

  /** Demo users, loaded because the test server runs with ASCASSURE_DEMO=true. */
  public static final String LEAD = "demo.lead";

  public static final String AUDITOR = "demo.auditor";

  public static final String DIRECTOR = "demo.director";
  private static final Map<String, String> PASSWORDS =
      Map.of(
          LEAD,
          "Fernshire-lead-2026",
          AUDITOR,
          "Fernshire-auditor-2026",
          DIRECTOR,
          "Fernshire-director-2026");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String user;
  private final String password;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Api(String user, String password) {
    this.user = user;
    this.password = password;
  }

  public static Api asAdmin() {
    return new Api(AscAssureServer.ADMIN_USER, AscAssureServer.adminPassword());
  }

  public static Api as(String demoUser) {
    return new Api(demoUser, PASSWORDS.get(demoUser));
  }

  /** The password of a demo user, for signing in through the browser. */
  public static String password(String demoUser) {
    return PASSWORDS.get(demoUser);
  }

  public static Api as(String user, String password) {
    return new Api(user, password);
  }

  public static Api anonymous() {
    return new Api(null, null);
  }

  public Api header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, "application/json");
  }

  public Reply send(String method, String path, String body, String contentType) {
    return exchange(
        method,
        path,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        contentType);
  }

  /** Sends raw bytes, as a file upload does. */
  public Reply sendBytes(String method, String path, byte[] body, String contentType) {
    return exchange(method, path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
  }

  /** Downloads raw bytes; the reply's body is then empty, the bytes are returned alongside. */
  public HttpResponse<byte[]> download(String path) {
    HttpRequest.Builder request = request("GET", path, HttpRequest.BodyPublishers.noBody(), null);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Reply exchange(
      String method, String path, HttpRequest.BodyPublisher body, String contentType) {
    HttpRequest.Builder request = request(method, path, body, contentType);
    try {
      return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(
      String method, String path, HttpRequest.BodyPublisher body, String contentType) {
    URI uri = AscAssureServer.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    request.method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    headers.forEach(request::header);
    return request;
  }

  /** The ONS code of Fernshire County Council, the fictional council of the demo data. */
  public static final String DEMO_ONS_CODE = "E10000099";

  /**
   * The demo council's id, looked up by its ONS code page by page: the list is sorted by name and
   * every test adds councils, so the demo council is not always on the first page.
   */
  public static long demoCouncilId() {
    for (int page = 1; ; page++) {
      JsonArray councils = asAdmin().get("api/v1/councils?size=100&page=" + page).array();
      if (councils.isEmpty()) {
        throw new IllegalStateException("No council has the ONS code " + DEMO_ONS_CODE);
      }
      for (JsonObject council : councils.getValuesAs(JsonObject.class)) {
        if (council.getString("onsCode").equals(DEMO_ONS_CODE)) {
          return council.getJsonNumber("id").longValue();
        }
      }
    }
  }

  /** A random ONS code, so that every test makes its own council. */
  public static String uniqueOnsCode() {
    return "E" + (10_000_000L + ThreadLocalRandom.current().nextLong(89_999_999L));
  }

  /**
   * Creates a council as administrator, with the demo lead, director and auditor as its members,
   * and returns its id.
   */
  public static long newCouncil(String name) {
    long id = newCouncilWithoutMembers(name);
    grant(LEAD, id, "LEAD");
    grant(DIRECTOR, id, "DIRECTOR");
    grant(AUDITOR, id, "AUDITOR");
    return id;
  }

  /** Makes a demo user a member of a council in a role, through the users API. */
  public static void grant(String username, long councilId, String role) {
    long userId = userId(username);
    Reply granted =
        asAdmin()
            .post(
                "api/v1/users/" + userId + "/memberships",
                "{\"councilId\":" + councilId + ",\"role\":\"" + role + "\"}");
    if (granted.status() != 201) {
      throw new IllegalStateException("could not grant " + role + ": " + granted.body());
    }
  }

  /** Adds a user through the users API, as an administrator would, and returns their id. */
  public static long newUser(String username, String password, String role) {
    Reply created =
        asAdmin()
            .post(
                "api/v1/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"Test user\",\"password\":\""
                    + password
                    + "\",\"roles\":[\""
                    + role
                    + "\"]}");
    if (created.status() != 201) {
      throw new IllegalStateException("could not add user " + username + ": " + created.body());
    }
    return created.object().getJsonNumber("id").longValue();
  }

  /** The id of a user, looked up by an administrator. */
  public static long userId(String username) {
    return asAdmin().get("api/v1/users?size=200").array().getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no user " + username))
        .getJsonNumber("id")
        .longValue();
  }

  /** Creates a council as administrator, with nobody else a member, and returns its id. */
  public static long newCouncilWithoutMembers(String name) {
    Reply created =
        asAdmin()
            .post(
                "api/v1/councils",
                "{\"name\":\""
                    + name
                    + "\",\"onsCode\":\""
                    + uniqueOnsCode()
                    + "\",\"type\":\"UNITARY_AUTHORITY\",\"region\":\"NORTH_WEST\"}");
    if (created.status() != 201) {
      throw new IllegalStateException("could not create a council: " + created.body());
    }
    return created.object().getJsonNumber("id").longValue();
  }

  /** What came back. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public JsonObject object() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
