package org.benling.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's choices: per kind of notification, how it reaches them (a kind not chosen has its default), and the
 * language of their e-mail. A person who never chose has none stored, and the defaults throughout.
 */
@Entity
@Table(name = "preferences")
public class Preferences extends PanacheEntityBase {

    /** E-mail in Chinese unless the person chose English (issue 18). */
    public static final String DEFAULT_LANGUAGE = "zh";

    @Id
    public String username;

    @Column(nullable = false)
    public String language;

    /** Kind → channel, only the kinds the person chose. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> channels;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The person's choices, or the defaults for one who never chose (not stored until they do). */
    public static Preferences of(String username) {
        return Optional.<Preferences>ofNullable(findById(username)).orElseGet(() -> {
            Preferences defaults = new Preferences();
            defaults.username = username;
            defaults.language = DEFAULT_LANGUAGE;
            defaults.channels = new HashMap<>();
            return defaults;
        });
    }

    /** How notifications of {@code kind} reach the person. */
    public Channel channel(NoticeKind kind) {
        String chosen = channels.get(kind.name());
        return chosen == null ? kind.defaultChannel() : Channel.valueOf(chosen);
    }

    /** Every kind with how it reaches the person. */
    public Map<NoticeKind, Channel> all() {
        Map<NoticeKind, Channel> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            all.put(kind, channel(kind));
        }
        return all;
    }

    /**
     * The person's new choices: the language, and the channel of each kind named (kinds not named keep theirs). A
     * choice equal to the kind's default is stored as no choice, so that a later change of the default reaches them.
     */
    public void choose(String language, Map<NoticeKind, Channel> chosen, Instant at) {
        this.language = language;
        Map<String, String> next = new HashMap<>(channels);
        chosen.forEach((kind, channel) -> {
            if (channel == kind.defaultChannel()) {
                next.remove(kind.name());
            } else {
                next.put(kind.name(), channel.name());
            }
        });
        this.channels = next;
        this.updatedAt = at;
    }
}
