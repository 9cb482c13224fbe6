package org.benling.notification.rest;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a caller's to-do list and notifications show, in Chinese, for the flow tests. */
final class Feeds {

    private Feeds() {
    }

    /** The caller's open to-dos. */
    static List<Map<String, Object>> openToDos(String token) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").get("/api/todos").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** The caller's open to-dos about one cadre. */
    static List<Map<String, Object>> openToDos(String token, UUID cadre) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").queryParam("size", 200).get("/api/todos")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.cadreId == '" + cadre + "' }");
    }

    /** The titles of the caller's notifications of one kind. */
    static List<String> titles(String token, String kind) {
        return given().auth().oauth2(token).header("Accept-Language", "zh-CN").queryParam("size", 200)
                .get("/api/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == '" + kind + "' }.title", String.class);
    }
}
