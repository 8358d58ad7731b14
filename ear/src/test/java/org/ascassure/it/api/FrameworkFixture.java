package org.ascassure.it.api;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.ascassure.it.Api;

/**
 * Framework versions for tests to change: drafts copied from cqc-la-2023 under codes no other test
 * uses (the suite shares one database), and versions in use made from such drafts. The versions V2
 * and V3 load are never changed by tests.
 */
final class FrameworkFixture {

  private static final String RUN =
      Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toLowerCase(Locale.ROOT);
  private static final AtomicInteger COUNT = new AtomicInteger();

  private FrameworkFixture() {}

  /** A code no framework has yet, starting with {@code prefix}. */
  static String uniqueCode(String prefix) {
    return prefix + "-" + RUN + "-" + COUNT.incrementAndGet();
  }

  static String copyBody(String code, String name) {
    return "{\"copyOf\":\"cqc-la-2023\",\"code\":\""
        + code
        + "\",\"name\":\""
        + name
        + "\",\"versionLabel\":\"2026\",\"description\":\"A test version\"}";
  }

  /** A new draft copy of cqc-la-2023; its code. */
  static String newDraft(String prefix) {
    String code = uniqueCode(prefix);
    Api.Reply reply =
        Api.asAdmin().post("api/v1/frameworks", copyBody(code, "Test framework " + code));
    if (reply.status() != 201) {
      throw new IllegalStateException("could not copy a framework: " + reply);
    }
    return code;
  }

  /** A new version in use (a published draft); its code. */
  static String newActive(String prefix) {
    String code = newDraft(prefix);
    Api.Reply published =
        Api.asAdmin()
            .header("If-Match", etag(code))
            .post("api/v1/frameworks/" + code + "/publish", "");
    if (published.status() != 200) {
      throw new IllegalStateException("could not publish " + code + ": " + published);
    }
    return code;
  }

  static JsonObject read(String code) {
    return Api.asAdmin().get("api/v1/frameworks/" + code).object();
  }

  static String etag(String code) {
    return Api.asAdmin().get("api/v1/frameworks/" + code).header("ETag");
  }

  /** The status of {@code code} as an administrator reads it, or null when it does not exist. */
  static String status(String code) {
    Api.Reply reply = Api.asAdmin().get("api/v1/frameworks/" + code);
    return reply.status() == 200 ? reply.object().getString("status") : null;
  }
}
