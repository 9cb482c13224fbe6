package org.benling.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.benling.notification.rest.api.PreferencesChange;
import org.benling.notification.rest.api.PreferencesView;
import org.benling.notification.service.PreferenceService;
import org.benling.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications/preferences")
@Tag(name = "通知 Notifications")
public class PreferencesResource {

    @Inject PreferenceService preferences;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "我的通知设置 / My notification preferences",
            description = "每类消息：站内、邮件、每日摘要或关闭；邮件语言 / per kind: in the web app, by e-mail, in a daily"
                    + " digest or off; the language of my e-mail")
    public PreferencesView mine() {
        return preferences.mine();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "修改我的通知设置 / Change my notification preferences",
            description = "关闭的类别不再出现在消息中，也不发邮件 / a kind turned off no longer shows among my"
                    + " notifications, nor is mailed")
    public PreferencesView choose(@Valid @NotNull PreferencesChange change) {
        return preferences.choose(change);
    }
}
