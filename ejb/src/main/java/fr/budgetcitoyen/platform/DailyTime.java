package fr.budgetcitoyen.platform;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A daily run at the hour and minute configured under a prefix ({@code prefix.hour}, {@code prefix.minute}; EJB
 * calendar syntax, {@code *} for every hour or minute). Its timer is not persistent: each node of a cluster has its
 * own, and the work's own lock makes their runs one.
 */
public record DailyTime(String hour, String minute) {

    public static DailyTime configured(String prefix, String defaultHour) {
        Config config = ConfigProvider.getConfig();
        return new DailyTime(config.getOptionalValue(prefix + ".hour", String.class).orElse(defaultHour),
                config.getOptionalValue(prefix + ".minute", String.class).orElse("0"));
    }

    public ScheduleExpression schedule() {
        return new ScheduleExpression().hour(hour).minute(minute);
    }

    /** Starts this node's timer; the bean's {@code @Timeout} method runs each day. */
    public void start(TimerService timers, String name) {
        timers.createCalendarTimer(schedule(), new TimerConfig(name, false));
    }
}
