package org.benling.notification.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A calendar feed as iCalendar text (RFC 5545, written and validated by ical4j): all-day events, each with a stable
 * UID (a calendar app updates the event rather than adding another), the time it was written and a link to its page.
 * No METHOD: a feed is not an iTIP message (METHOD:PUBLISH would ask for an ORGANIZER on every event).
 */
public final class CalendarWriter {

    /** One all-day event: from {@code start} to {@code end}, both inclusive; {@code location} where there is one. */
    public record Event(String uid, LocalDate start, LocalDate end, String summary, String location, URI link) {
    }

    private CalendarWriter() {
    }

    public static String write(String name, List<Event> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//State Post Bureau//Benling//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (Event e : events) {
            VEvent event = new VEvent(false);
            event.add(new Uid(e.uid()));
            event.add(new DtStamp(stamp));
            event.add(new DtStart<>(e.start()));
            // DTEND of an all-day event is the day after its last (exclusive)
            event.add(new DtEnd<>(e.end().plusDays(1)));
            event.add(new Summary(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                event.add(new Location(e.location()));
            }
            event.add(new Url(e.link()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
