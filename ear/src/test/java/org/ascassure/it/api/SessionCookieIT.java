package org.ascassure.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.ascassure.it.Api;
import org.ascassure.it.AscAssureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session cookie as a browser receives it: HttpOnly and SameSite=Lax always, Secure when the
 * page came over TLS (Payara's own HTTPS listener, port base + 81, with its self-signed
 * certificate).
 */
@ExtendWith(AscAssureServer.class)
class SessionCookieIT {

  private static List<String> sessionCookies(URI uri) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    if (connection instanceof HttpsURLConnection tls) {
      // only for this connection to our own loopback server and its self-signed certificate
      tls.setSSLSocketFactory(trustingContext().getSocketFactory());
      tls.setHostnameVerifier((host, session) -> "127.0.0.1".equals(host));
    }
    connection.setInstanceFollowRedirects(false);
    try {
      assertThat(connection.getResponseCode()).isEqualTo(200);
      List<String> cookies = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
      return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    } finally {
      connection.disconnect();
    }
  }

  private static SSLContext trustingContext() throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(
        null,
        new TrustManager[] {
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        null);
    return context;
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() throws Exception {
    List<String> cookies = sessionCookies(AscAssureServer.baseUri().resolve("admin/login.xhtml"));

    // Payara writes "SameSite=lax"; attribute values are case-insensitive (RFC 6265bis)
    assertThat(cookies)
        .singleElement()
        .asString()
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .doesNotContain("Secure");
  }

  @Test
  void overTlsTheSessionCookieIsAlsoSecure() throws Exception {
    int https = Integer.getInteger("it.server.portbase") + 81;
    List<String> cookies =
        sessionCookies(URI.create("https://127.0.0.1:" + https + "/admin/login.xhtml"));

    assertThat(cookies)
        .singleElement()
        .asString()
        .contains("HttpOnly", "; Secure")
        .containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void theApiKeepsNoSessionOrOnlyALaxOne() throws IOException {
    Api.Reply reply = Api.as(Api.LEAD).get("api/v1/me");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.response().headers().allValues("Set-Cookie"))
        .allSatisfy(
            cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
  }
}
