package org.benling.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.notification.config.NotificationPolicy;
import org.benling.notification.domain.Notification;
import org.benling.notification.service.Params;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;

/** The words of the e-mail: a notification's, or a day's digest, in the person's language with links to the web app. */
@ApplicationScoped
public class MailWriter {

    @Inject CadreDirectory cadres;
    @Inject NotificationPolicy policy;

    public record Letter(String subject, String body) {
    }

    public Letter notice(Notification n, String language) {
        String title = title(n, language, names(List.of(n)));
        return new Letter(("en".equals(language) ? "[Benling] " : "【本领】") + title,
                title + "\n\n" + policy.webUrl() + n.link + "\n" + footer(language));
    }

    public Letter digest(LocalDate day, List<Notification> notifications, String language) {
        Map<UUID, String> names = names(notifications);
        StringBuilder body = new StringBuilder("en".equals(language)
                ? "Your notifications of " + day + ":\n\n" : day + " 的消息：\n\n");
        for (Notification n : notifications) {
            body.append("• ").append(title(n, language, names)).append("\n  ").append(policy.webUrl()).append(n.link)
                    .append("\n");
        }
        String subject = "en".equals(language)
                ? "[Benling] Daily digest, " + day + " (" + notifications.size() + ")"
                : "【本领】每日消息摘要 " + day + "（" + notifications.size() + " 条）";
        return new Letter(subject, body.append(footer(language)).toString());
    }

    private String footer(String language) {
        String settings = policy.webUrl() + "/settings/notifications";
        return "en".equals(language)
                ? "\n--\nSent by Benling. Choose what reaches you by e-mail: " + settings
                : "\n——\n本邮件由“本领”干部能力建设平台发送。设置哪些消息发邮件：" + settings;
    }

    private static String title(Notification n, String language, Map<UUID, String> names) {
        // (a notification about a unit, a finding's, concerns no cadre)
        String cadre = n.cadreId == null ? null : names.get(n.cadreId);
        return n.kind.wording().render(language, Params.withCadre(n.params, cadre));
    }

    private Map<UUID, String> names(Collection<Notification> notifications) {
        List<UUID> ids = notifications.stream().map(n -> n.cadreId).filter(id -> id != null).distinct().toList();
        return cadres.findAll(ids).values().stream().collect(Collectors.toMap(CadreRef::id, CadreRef::name));
    }
}
