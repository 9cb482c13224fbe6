package org.benling.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.Capability;
import org.benling.platform.problem.ProblemException;
import org.benling.training.domain.Enrolment;
import org.benling.training.service.ClassAccess;
import org.benling.platform.personnel.CadreDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The completion certificate (结业证书) of a completed class, as a printable page the cadre downloads. */
@Path("/api/training/enrolments/{id}/certificate")
@Tag(name = "培训班 Classes")
public class CertificateResource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject ClassAccess access;
    @Inject CadreDirectory cadres;

    @GET
    @Produces("text/html;charset=UTF-8")
    @RolesAllowed({"admin", "leader", "hr", "inspector", "cadre"})
    @Operation(summary = "下载结业证书 / Download the completion certificate (printable HTML)")
    @APIResponse(responseCode = "200", description = "可打印的结业证书 / The printable certificate",
            content = @Content(mediaType = "text/html"))
    @APIResponse(responseCode = "422", description = "只有已结业的班次才有证书 / Only a completed class has a certificate")
    @Transactional
    public Response certificate(@PathParam("id") UUID id) {
        Enrolment e = access.enrolment(id);
        if (e.status != Enrolment.Status.COMPLETED) {
            throw ProblemException.ruleViolated("not-completed", "a certificate is issued for a completed class only",
                    java.util.List.of());
        }
        var cadre = cadres.find(e.cadreId).orElseThrow(() -> ProblemException.notFound("Cadre", e.cadreId));
        var c = e.trainingClass;
        String number = "BL-" + c.endDate.getYear() + "-" + e.id.toString().substring(0, 8).toUpperCase();
        String html = """
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>结业证书 %s</title>
                <style>body{font-family:"Noto Serif CJK SC","Songti SC",serif;margin:0;padding:48px;background:#fff}
                .c{border:6px double #b8860b;padding:56px 72px;max-width:760px;margin:auto;text-align:center}
                h1{letter-spacing:.6em;color:#a0001a;font-size:40px;margin:0 0 36px}p{font-size:20px;line-height:2}
                .n{font-size:14px;color:#555;margin-top:40px;text-align:right}</style></head><body><div class="c">
                <h1>结业证书</h1>
                <p><b>%s</b> 同志（工号 %s）：</p>
                <p>于 %s 至 %s 参加「%s」，修完全部课程，考核合格，准予结业，计 <b>%s</b> 学时。</p>
                <p>所提升本领：%s</p>
                <p class="n">证书编号：%s<br>填发日期：%s</p></div></body></html>
                """.formatted(number, escape(cadre.name()), escape(cadre.employeeNumber()), DATE.format(c.startDate),
                DATE.format(c.endDate), escape(c.title), c.course.creditHours.stripTrailingZeros().toPlainString(),
                c.course.capabilitySet().stream().map(Capability::chineseName).collect(Collectors.joining("、")),
                number, DATE.format(e.completedOn));
        return Response.ok(html).header("Content-Disposition", "attachment; filename=\"certificate-" + number + ".html\"")
                .build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
