package org.ascassure.council.boundary;

import org.ascassure.council.entity.CouncilType;
import org.ascassure.council.entity.OnsCode;
import org.ascassure.council.entity.Region;

/** What a user gives to create or change a council, already turned into domain values. */
public record CouncilDetails(String name, OnsCode onsCode, CouncilType type, Region region) {}
