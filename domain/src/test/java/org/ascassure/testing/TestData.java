package org.ascassure.testing;

import java.util.concurrent.ThreadLocalRandom;
import org.ascassure.council.boundary.CouncilDetails;
import org.ascassure.council.entity.CouncilType;
import org.ascassure.council.entity.OnsCode;
import org.ascassure.council.entity.Region;

/** Fresh, unique data for each test, so tests never depend on each other or on their order. */
public final class TestData {

  private TestData() {}

  public static OnsCode uniqueOnsCode() {
    return new OnsCode("E" + (10_000_000L + ThreadLocalRandom.current().nextLong(89_999_999L)));
  }

  public static CouncilDetails council(String name) {
    return new CouncilDetails(
        name, uniqueOnsCode(), CouncilType.COUNTY_COUNCIL, Region.EAST_MIDLANDS);
  }
}
