package org.ascassure.web.framework;

import java.util.List;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.Theme;

/** How frameworks look on the wire. */
public final class FrameworkViews {

  private FrameworkViews() {}

  public record Summary(
      String code,
      String name,
      String versionLabel,
      String scoringMethod,
      String status,
      String basedOn) {
    static Summary of(Framework f) {
      return new Summary(
          f.getCode(),
          f.getName(),
          f.getVersionLabel(),
          f.getScoringMethod().name(),
          f.getStatus().name(),
          f.getBasedOn());
    }
  }

  public record Detail(
      String code,
      String name,
      String versionLabel,
      String description,
      String scoringMethod,
      String status,
      String basedOn,
      long version,
      Integer notifyAtOrBelow,
      List<ThemeView> themes,
      List<Category> evidenceCategories,
      List<Level> scale,
      List<Band> ratingBands) {
    static Detail of(Framework f) {
      return new Detail(
          f.getCode(),
          f.getName(),
          f.getVersionLabel(),
          f.getDescription(),
          f.getScoringMethod().name(),
          f.getStatus().name(),
          f.getBasedOn(),
          f.getVersion(),
          f.getNotifyAtOrBelow(),
          f.getThemes().stream().map(ThemeView::of).toList(),
          f.getEvidenceCategories().stream()
              .map(c -> new Category(c.getCode(), c.getName()))
              .toList(),
          f.getScale().stream()
              .map(l -> new Level(l.getScore(), l.getCode(), l.getLabel()))
              .toList(),
          f.getRatingBands().stream()
              .map(b -> new Band(b.getCode(), b.getLabel(), b.getMinPercent(), b.getMaxPercent()))
              .toList());
    }
  }

  public record ThemeView(String code, String title, List<Statement> qualityStatements) {
    static ThemeView of(Theme t) {
      return new ThemeView(
          t.getCode(), t.getTitle(), t.getStatements().stream().map(Statement::of).toList());
    }
  }

  public record Statement(
      String code, String title, String description, boolean scored, List<String> aliases) {
    static Statement of(QualityStatement s) {
      return new Statement(
          s.getCode(), s.getTitle(), s.getDescription(), s.isScored(), s.getAliases());
    }
  }

  public record Category(String code, String name) {}

  public record Level(int score, String code, String label) {}

  public record Band(String code, String label, int minPercent, int maxPercent) {}
}
