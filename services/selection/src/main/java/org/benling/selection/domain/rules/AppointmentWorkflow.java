package org.benling.selection.domain.rules;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The appointment trail of a post (选拔任用全程纪实), one stage after the other as 党政领导干部选拔任用工作条例 orders them:
 * 动议 → 民主推荐 → 确定考察对象 → 考察 → 凡提四必 (the pre-appointment joint review) → 讨论决定 → 任前公示 → 任职. A trail
 * may be withdrawn (终止) before the appointment, with its reason; nothing is skipped and nothing goes back. What each
 * step needs besides its place in the order (eligibility at 确定考察对象 and again before 讨论决定, the gate, the vote,
 * the publicity's end) is checked by the rules named on the commands.
 */
public final class AppointmentWorkflow {

    public enum Stage {
        /** 分析研判和动议: the post, the reason and the method of selection */
        MOTION,
        /** 民主推荐: meeting and talk recommendation, online where a voting session is held */
        RECOMMENDATION,
        /** 确定考察对象: the candidates to investigate, each eligible */
        CANDIDATES,
        /** 考察: talks, opinions and the investigation report per candidate */
        INVESTIGATION,
        /** 凡提四必: the four checks requested and answered per candidate ({@link JointReview}) */
        JOINT_REVIEW,
        /** 讨论决定: the Party group's meeting and its vote ({@link DecisionVote}) */
        DECISION,
        /** 任职前公示: the period and the objections ({@link Publicity}) */
        PUBLICITY,
        /** 任职: the appointment, told to personnel */
        APPOINTED,
        /** 终止: withdrawn before the appointment, with the reason */
        WITHDRAWN
    }

    public enum Command {
        RECOMMEND, SET_CANDIDATES, INVESTIGATE, REVIEW, DECIDE, PUBLISH, APPOINT, WITHDRAW
    }

    private static final Map<Command, Set<Stage>> FROM = Map.of(
            Command.RECOMMEND, EnumSet.of(Stage.MOTION),
            Command.SET_CANDIDATES, EnumSet.of(Stage.RECOMMENDATION),
            Command.INVESTIGATE, EnumSet.of(Stage.CANDIDATES),
            Command.REVIEW, EnumSet.of(Stage.INVESTIGATION),
            Command.DECIDE, EnumSet.of(Stage.JOINT_REVIEW),
            Command.PUBLISH, EnumSet.of(Stage.DECISION),
            Command.APPOINT, EnumSet.of(Stage.PUBLICITY),
            Command.WITHDRAW, EnumSet.range(Stage.MOTION, Stage.PUBLICITY));

    private static final Map<Command, Stage> TO = Map.of(Command.RECOMMEND, Stage.RECOMMENDATION,
            Command.SET_CANDIDATES, Stage.CANDIDATES, Command.INVESTIGATE, Stage.INVESTIGATION,
            Command.REVIEW, Stage.JOINT_REVIEW, Command.DECIDE, Stage.DECISION, Command.PUBLISH, Stage.PUBLICITY,
            Command.APPOINT, Stage.APPOINTED, Command.WITHDRAW, Stage.WITHDRAWN);

    private AppointmentWorkflow() {
    }

    public static boolean allowed(Stage from, Command command) {
        return FROM.get(command).contains(from);
    }

    /** The stage after the command, or {@link IllegalStateException} naming the stages it is allowed from. */
    public static Stage apply(Stage from, Command command) {
        if (!allowed(from, command)) {
            throw new IllegalStateException("cannot " + command.name().toLowerCase().replace('_', ' ')
                    + " on a trail at " + from.name().toLowerCase().replace('_', ' ') + "; allowed from " + FROM.get(command));
        }
        return TO.get(command);
    }

    /** A trail that is neither appointed nor withdrawn holds its post: no second trail for it meanwhile. */
    public static boolean open(Stage stage) {
        return stage != Stage.APPOINTED && stage != Stage.WITHDRAWN;
    }
}
