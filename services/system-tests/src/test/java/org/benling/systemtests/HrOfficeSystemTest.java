package org.benling.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.benling.client.ApiException;
import org.benling.client.ApiResponse;
import org.benling.client.api.CadresApi;
import org.benling.client.api.ProblemsApi;
import org.benling.client.model.Cadre;
import org.benling.client.model.CadreRequest;
import org.benling.client.model.Gender;
import org.benling.client.model.PageResultCadreView;
import org.benling.client.model.RankLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * 广东省邮政管理局's HR office system, as docs/api.md and services/client/README.md describe it: it logs in with its
 * client credentials and works through the generated Java client: a registration retried with its Idempotency-Key
 * registers once, an update naming an old ETag is refused with 412 and changes nothing, the cadre is found in the
 * unit's page, and another province's units take none of its cadres (403) and show none in its pages.
 */
@EnabledIfSystemProperty(named = "benling.system-tests", matches = "true")
class HrOfficeSystemTest {

    @Test
    void anHrOfficeSystemRegistersOnceUpdatesWithItsETagAndStaysInItsProvince() throws Exception {
        Stack.Fixture unit = Stack.newUnit("HO", 0);
        CadresApi cadres = new CadresApi(Stack.client(Stack.HR_OFFICE));
        String stamp = unit.stamp();
        CadreRequest request = new CadreRequest().employeeNumber("HO" + stamp).name("系统对接干部")
                .gender(Gender.FEMALE).birthDate(LocalDate.of(1986, 3, 14)).unitId(UUID.fromString(unit.unitId()))
                .positionTitle("副处长").rankLevel(RankLevel.DIVISION_DEPUTY);
        String key = UUID.randomUUID().toString();

        Cadre registered = cadres.cadreResourceRegister(request, key);
        Cadre retried = cadres.cadreResourceRegister(request, key);
        assertEquals(registered.getId(), retried.getId(), "a retry with the key registers no second cadre");

        ApiResponse<Cadre> read = cadres.cadreResourceGetWithHttpInfo(registered.getId());
        String etag = read.getHeaders().get("etag").get(0);
        assertEquals("\"" + read.getData().getVersion() + "\"", etag);
        Cadre renamed = cadres.cadreResourceUpdate(registered.getId(),
                request.name("系统对接干部（更名）").version(read.getData().getVersion()), etag);
        ApiException stale = assertThrows(ApiException.class, () -> cadres.cadreResourceUpdate(registered.getId(),
                request.name("不应写入").version(renamed.getVersion()), etag));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseBody().contains("https://benling.org/problems/precondition-failed"),
                stale.getResponseBody());
        assertEquals("系统对接干部（更名）", cadres.cadreResourceGet(registered.getId()).getName());
        assertEquals(412, new ProblemsApi(Stack.client(Stack.HR_OFFICE)).problemCatalogueOne("precondition-failed")
                .getStatus());

        PageResultCadreView page = cadres.cadreResourceSearch(null, 0, null, null, 200, "name", null, unit.unitId());
        assertEquals(1L, page.getTotal());
        assertEquals(registered.getId(), page.getItems().get(0).getId());

        UUID beijing = Stack.province("110000");
        ApiException elsewhere = assertThrows(ApiException.class, () -> cadres.cadreResourceRegister(
                request.employeeNumber("HOX" + stamp).unitId(beijing).version(null), UUID.randomUUID().toString()));
        assertEquals(403, elsewhere.getCode(), elsewhere.getResponseBody());
        assertEquals(0L, cadres.cadreResourceSearch(null, 0, null, null, 20, null, null, beijing.toString()).getTotal(),
                "another province's cadres are not in the office system's pages");
    }
}
