package org.ascassure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive in-container tests deploy: the domain module's real jar as the build produced it,
 * with the runtime libraries Maven resolved for it. No hand-kept class list.
 */
public final class DomainDeployment {

  private DomainDeployment() {}

  public static WebArchive withTests(Class<?>... testSupport) {
    Path domainJar = Path.of(System.getProperty("ascassure.domainJar"));
    Path libs = Path.of(System.getProperty("ascassure.itLibs"));
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "domain-it.war")
            .addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, domainJar.toFile()))
            .addClasses(testSupport)
            .addAsWebInfResource(
                new org.jboss.shrinkwrap.api.asset.StringAsset(
                    "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"),
                "beans.xml");
    // the assertion library runs inside the container together with the test
    war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    try (Stream<Path> jars = Files.list(libs)) {
      jars.filter(p -> p.toString().endsWith(".jar"))
          .forEach(jar -> war.addAsLibrary(jar.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return war;
  }

  private static java.io.File jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
