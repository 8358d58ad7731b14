package org.ascassure.provider.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.provider.entity.KeyQuestion;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ProviderDetails;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.Sector;
import org.ascassure.provider.entity.ServiceType;

/**
 * Reads a file in the shape CQC publishes its care directory with ratings: columns are found by
 * their header, whatever the case, spacing or punctuation ("Location ID", "location_id"), in any
 * order; other columns are ignored. Rows it cannot use are reported with their row number (the
 * header is row 1, as in a spreadsheet) and the reason; blank rows are skipped.
 */
public final class CqcDirectoryCsv {

  /** A usable row. {@code contractedGiven} is false when the file has no such column. */
  public record Row(
      int number,
      ProviderDetails details,
      boolean contractedGiven,
      LocalDate ratedOn,
      Rating overall,
      Map<KeyQuestion, Rating> questions) {}

  /** What the file held: usable rows, and one line per row that could not be used. */
  public record Parsed(List<Row> rows, List<String> problems) {
    public int total() {
      return rows.size() + problems.size();
    }
  }

  enum Column {
    LOCATION("locationid", "cqclocationid", "cqclocation"),
    NAME("locationname", "name", "servicename"),
    SERVICE_TYPE("servicetype", "locationprimaryinspectioncategory", "primaryinspectioncategory"),
    SECTOR("sector", "providersector", "locationtypesector", "ownership"),
    CONTRACTED("contracted", "contractedbythecouncil", "councilcontract"),
    AREA("ward", "area", "wardarea", "locationward"),
    REGISTERED("locationhscastartdate", "hscastartdate", "registrationdate", "registeredon"),
    DEREGISTERED("locationhscaenddate", "hscaenddate", "deregistrationdate", "deregisteredon"),
    OVERALL(
        "locationlatestoverallrating", "latestoverallrating", "overallrating", "overall", "rating"),
    RATED_ON(
        "publicationdate",
        "locationlatestratingpublicationdate",
        "ratingpublicationdate",
        "ratingdate",
        "ratedon"),
    SAFE("safe", "saferating", "locationlatestsaferating"),
    EFFECTIVE("effective", "effectiverating", "locationlatesteffectiverating"),
    CARING("caring", "caringrating", "locationlatestcaringrating"),
    RESPONSIVE("responsive", "responsiverating", "locationlatestresponsiverating"),
    WELL_LED("wellled", "wellledrating", "locationlatestwellledrating");

    final Set<String> names;

    Column(String... names) {
      this.names = Set.of(names);
    }
  }

  /** CQC's "Service type - ..." flag columns, as ours. */
  private static final Map<String, ServiceType> FLAGS =
      Map.of(
          "servicetypecarehomeservicewithnursing", ServiceType.CARE_HOME_NURSING,
          "servicetypecarehomeservicewithoutnursing", ServiceType.CARE_HOME_RESIDENTIAL,
          "servicetypedomiciliarycareservice", ServiceType.HOME_CARE,
          "servicetypesupportedlivingservice", ServiceType.SUPPORTED_LIVING,
          "servicetypeextracarehousingservices", ServiceType.EXTRA_CARE);

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
          DateTimeFormatter.ofPattern("uuuu-M-d", Locale.UK),
          DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.UK),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));

  private CqcDirectoryCsv() {}

  static String normalise(String header) {
    return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  public static Parsed read(String text) {
    String content = text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (content == null || content.isBlank()) {
      throw new InvalidInputException("file", "The file is empty.");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        throw new InvalidInputException("file", "The file is empty.");
      }
      CSVRecord header = records.get(0);
      Map<Column, Integer> columns = new EnumMap<>(Column.class);
      Map<Integer, ServiceType> flags = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = normalise(header.get(i));
        for (Column column : Column.values()) {
          if (column.names.contains(name)) {
            columns.putIfAbsent(column, i);
          }
        }
        if (FLAGS.containsKey(name)) {
          flags.put(i, FLAGS.get(name));
        }
      }
      if (!columns.containsKey(Column.LOCATION)) {
        throw new InvalidInputException(
            "file",
            "The file has no location id column (a header such as \"Location ID\"); its first"
                + " row reads: "
                + abbreviate(String.join(", ", header.toList()))
                + ".");
      }
      List<Row> rows = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (int r = 1; r < records.size(); r++) {
        CSVRecord record = records.get(r);
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        int number = (int) record.getRecordNumber();
        RowReader reader = new RowReader(record, columns, flags);
        Optional<Row> row = reader.row(number);
        if (row.isEmpty()) {
          problems.add("row " + number + ": " + String.join("; ", reader.errors));
          continue;
        }
        String location = row.get().details().cqcLocationId();
        Integer first = seen.putIfAbsent(location, number);
        if (first != null) {
          problems.add(
              "row " + number + ": location " + location + " already appears in row " + first);
          continue;
        }
        rows.add(row.get());
      }
      return new Parsed(rows, problems);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException(
          "file", "The file could not be read as CSV: " + e.getMessage());
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  /** One record's values, with the problems found in it. */
  private static final class RowReader {
    private final CSVRecord record;
    private final Map<Column, Integer> columns;
    private final Map<Integer, ServiceType> flags;
    final List<String> errors = new ArrayList<>();

    RowReader(CSVRecord record, Map<Column, Integer> columns, Map<Integer, ServiceType> flags) {
      this.record = record;
      this.columns = columns;
      this.flags = flags;
    }

    String value(Column column) {
      Integer index = columns.get(column);
      if (index == null || index >= record.size()) {
        return null;
      }
      String value = record.get(index).strip();
      return value.isEmpty() ? null : value;
    }

    Optional<Row> row(int number) {
      String location = value(Column.LOCATION);
      if (location == null) {
        errors.add("no CQC location id");
      } else if (location.length() > Provider.LOCATION_ID_LENGTH) {
        errors.add("location id '" + abbreviate(location) + "' is longer than CQC's");
      }
      String name = value(Column.NAME);
      if (name == null) {
        errors.add("no location name");
      } else if (name.length() > Provider.NAME_LENGTH) {
        errors.add("the name is longer than " + Provider.NAME_LENGTH + " characters");
      }
      String area = value(Column.AREA);
      if (area != null && area.length() > Provider.AREA_LENGTH) {
        errors.add("the ward or area is longer than " + Provider.AREA_LENGTH + " characters");
      }
      LocalDate registered = date(Column.REGISTERED, "registration date");
      LocalDate deregistered = date(Column.DEREGISTERED, "deregistration date");
      if (registered != null && deregistered != null && deregistered.isBefore(registered)) {
        errors.add("deregistered before it was registered");
      }
      Rating overall = rating(Column.OVERALL, "overall rating");
      LocalDate ratedOn = date(Column.RATED_ON, "publication date");
      if (overall == Rating.NOT_YET_RATED && ratedOn == null) {
        // CQC lists unrated locations without a date: nothing to record, they count as unrated
        overall = null;
      }
      if (overall != null && ratedOn == null && errors.isEmpty()) {
        errors.add("a rating without its publication date");
      }
      Map<KeyQuestion, Rating> questions = new EnumMap<>(KeyQuestion.class);
      question(questions, KeyQuestion.SAFE, Column.SAFE);
      question(questions, KeyQuestion.EFFECTIVE, Column.EFFECTIVE);
      question(questions, KeyQuestion.CARING, Column.CARING);
      question(questions, KeyQuestion.RESPONSIVE, Column.RESPONSIVE);
      question(questions, KeyQuestion.WELL_LED, Column.WELL_LED);
      String contracted = value(Column.CONTRACTED);
      if (!errors.isEmpty()) {
        return Optional.empty();
      }
      ProviderDetails details =
          new ProviderDetails(
              location,
              name,
              serviceType(),
              sector(value(Column.SECTOR)),
              contracted != null && yes(contracted),
              area,
              registered,
              deregistered);
      return Optional.of(
          new Row(
              number,
              details,
              columns.containsKey(Column.CONTRACTED),
              overall == null ? null : ratedOn,
              overall,
              questions));
    }

    private void question(Map<KeyQuestion, Rating> questions, KeyQuestion key, Column column) {
      Rating rating = rating(column, key.label() + " rating");
      if (rating != null) {
        questions.put(key, rating);
      }
    }

    private Rating rating(Column column, String what) {
      String text = value(column);
      if (text == null) {
        return null;
      }
      Optional<Rating> rating = Rating.parse(text);
      if (rating.isEmpty()) {
        errors.add("'" + abbreviate(text) + "' in the " + what + " is not a CQC rating");
        return null;
      }
      return rating.get();
    }

    private LocalDate date(Column column, String what) {
      String text = value(column);
      if (text == null) {
        return null;
      }
      for (DateTimeFormatter format : DATES) {
        try {
          return LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException tryNext) {
          // the next form may fit
        }
      }
      errors.add("'" + abbreviate(text) + "' in the " + what + " is not a date such as 17/09/2025");
      return null;
    }

    private ServiceType serviceType() {
      String text = value(Column.SERVICE_TYPE);
      if (text != null) {
        return serviceTypeOf(text);
      }
      for (Map.Entry<Integer, ServiceType> flag : flags.entrySet()) {
        if (flag.getKey() < record.size() && yes(record.get(flag.getKey()))) {
          return flag.getValue();
        }
      }
      return ServiceType.OTHER;
    }
  }

  /** Our service type for CQC's or a council's wording ("Care home service with nursing"). */
  static ServiceType serviceTypeOf(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('_', ' ');
    if (t.contains("nursing")) {
      return ServiceType.CARE_HOME_NURSING;
    }
    if (t.contains("residential") || t.contains("care home")) {
      return ServiceType.CARE_HOME_RESIDENTIAL;
    }
    if (t.contains("supported living")) {
      return ServiceType.SUPPORTED_LIVING;
    }
    if (t.contains("extra care")) {
      return ServiceType.EXTRA_CARE;
    }
    if (t.contains("domiciliary") || t.contains("home care") || t.contains("community based")) {
      return ServiceType.HOME_CARE;
    }
    return ServiceType.OTHER;
  }

  static Sector sector(String text) {
    if (text == null) {
      return Sector.INDEPENDENT;
    }
    String t = text.toLowerCase(Locale.ROOT).replace('_', ' ');
    return t.contains("council") || t.contains("local authority")
        ? Sector.COUNCIL_RUN
        : Sector.INDEPENDENT;
  }

  static boolean yes(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.equals("y") || t.equals("yes") || t.equals("true") || t.equals("1");
  }
}
