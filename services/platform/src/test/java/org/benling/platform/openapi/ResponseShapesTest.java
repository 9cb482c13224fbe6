package org.benling.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The document says of every answer what a client may rely on: each property is there, and null only where the
 * view says {@code @Nullable} (the probe's views, as the services' are).
 */
@QuarkusTest
class ResponseShapesTest {

    static JsonPath schemas() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .setRootPath("components.schemas");
    }

    @Test
    void everyPropertyOfAnAnswerIsRequired() {
        JsonPath schemas = schemas();
        assertThat(schemas.getList("ProbeShape.required"), containsInAnyOrder("id", "name",
                "note", "tint", "faded", "endedOn", "tags", "count", "detail"));
        assertThat(schemas.getList("Detail.required"), containsInAnyOrder("label", "rank"));
        assertThat(schemas.getList("PageResultShapeView.required"),
                containsInAnyOrder("items", "page", "size", "total", "totalPages"));
    }

    @Test
    void aNullablePropertyAdmitsNullAndTheOthersDoNot() {
        JsonPath schemas = schemas();
        assertThat(schemas.getList("ProbeShape.properties.note.type"),
                contains("string", "null"));
        assertThat(schemas.get("ProbeShape.properties.name.type"), equalTo("string"));
        assertThat(schemas.getList("Detail.properties.rank.type"),
                contains("integer", "null"));
    }

    @Test
    void aNullableReferenceIsAnyOfTheSchemaOrNull() {
        JsonPath schemas = schemas();
        assertThat(schemas.get("ProbeShape.properties.tint.$ref"), endsWith("/Tint"));
        assertThat(schemas.get("ProbeShape.properties.faded.$ref"), nullValue());
        assertThat(schemas.get("ProbeShape.properties.faded.anyOf[0].$ref"),
                endsWith("/Tint"));
        assertThat(schemas.get("ProbeShape.properties.faded.anyOf[1].type"),
                equalTo("null"));
        assertThat(schemas.get("ProbeShape.properties.detail.anyOf[0].$ref"),
                endsWith("/Detail"));
        assertThat(schemas.get("ProbeShape.properties.endedOn.anyOf[1].type"),
                equalTo("null"));
    }
}
