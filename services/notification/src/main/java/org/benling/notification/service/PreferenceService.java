package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.benling.notification.domain.Channel;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Preferences;
import org.benling.notification.rest.api.PreferencesChange;
import org.benling.notification.rest.api.PreferencesView;
import org.benling.platform.security.Caller;
import org.benling.platform.web.CallerLanguage;

/** The caller's own notification preferences: read them (the defaults until they choose), change them. */
@ApplicationScoped
public class PreferenceService {

    @Inject Caller caller;
    @Inject CallerLanguage language;
    @Inject Clock clock;

    public PreferencesView mine() {
        return view(Preferences.of(caller.name()));
    }

    @Transactional
    public PreferencesView choose(PreferencesChange change) {
        Preferences preferences = Preferences.of(caller.name());
        preferences.choose(change.language(), change.channels(), clock.instant());
        if (!preferences.isPersistent()) {
            preferences.persist();
        }
        return view(preferences);
    }

    private PreferencesView view(Preferences preferences) {
        String lang = language.get();
        return new PreferencesView(preferences.language, preferences.all().entrySet().stream()
                .map((Map.Entry<NoticeKind, Channel> e) -> new PreferencesView.KindChoice(e.getKey(),
                        e.getKey().label().render(lang, Map.of()), e.getValue(), e.getKey().defaultChannel()))
                .toList());
    }
}
