package fr.budgetcitoyen.allocation.mes;

import fr.budgetcitoyen.allocation.Rational;
import fr.budgetcitoyen.allocation.SupportIndex;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The money every voter group has left during one MES run.
 *
 * <p>Groups holding the same amount share a {@link BudgetClasses budget class}: a voter's budget only
 * depends on which funded projects they paid for, so there are far fewer classes than groups.
 * Pricing a project is one pass over its supporter groups (int/long work) plus, per class involved,
 * a comparison of its numerator against a threshold computed once per epoch; exact throughout, with
 * no gcd and no rescaling of stored budgets in the inner loops.
 */
final class VoterBudgets {

    private final SupportIndex index;
    private final int[] classOfGroup;
    private final Denominators denominators;
    private final BudgetClasses classes = new BudgetClasses();
    // Scratch, indexed by class: weight of the priced project's supporters in the class, and remaps.
    private long[] weightInClass = new long[64];
    private int[] involved = new int[64];
    private int[] remap = new int[64];
    // Scratch, indexed by epoch, valid for one pass of the poor/rich split.
    private BigInteger[] thresholdOfEpoch = new BigInteger[8];
    private long[] thresholdPass = new long[8];
    private long pass;
    private BigInteger[] poorMoneyOfEpoch = new BigInteger[8];

    VoterBudgets(SupportIndex index, Rational perVoterBudget) {
        this.index = index;
        this.classOfGroup = new int[index.groupCount()];
        this.denominators = new Denominators(perVoterBudget.denominator());
        int initial = perVoterBudget.signum() > 0
                ? classes.add(perVoterBudget.numerator(), denominators.currentEpoch()) : BudgetClasses.EMPTY;
        Arrays.fill(classOfGroup, initial);
        classes.setVoters(initial, index.voterCount());
        Arrays.fill(remap, -1);
    }

    /** The current price of a project, or {@code null} if its supporters cannot afford it anymore. */
    ProjectPrice price(int project) {
        ensureScratchCapacity();
        int involvedCount = 0;
        long supporters = 0;
        for (int group : index.supporterGroups(project)) {
            int c = classOfGroup[group];
            if (weightInClass[c] == 0) {
                involved[involvedCount++] = c;
            }
            long weight = index.groupWeight(group);
            weightInClass[c] += weight;
            supporters += weight;
        }
        ProjectPrice price = solveEqualPayment(project, involvedCount, supporters);
        for (int i = 0; i < involvedCount; i++) {
            weightInClass[involved[i]] = 0;
        }
        return price;
    }

    /**
     * Finds the payment x with sum over supporters of min(budget, x) = cost: classes that cannot pay
     * the current level pay all they have ("poor"), the others share the rest equally; repeat until
     * no more class turns poor. Over the current denominator D: budget n*Q_e/D is below
     * needed/(D*W) exactly when n < ceil(needed / (W*Q_e)).
     */
    private ProjectPrice solveEqualPayment(int project, int involvedCount, long supporters) {
        BigInteger costScaled = BigInteger.valueOf(index.cost(project)).multiply(denominators.current());
        BigInteger poorMoney = BigInteger.ZERO;
        long richVoters = supporters;
        int richStart = 0; // involved[0, richStart) are poor, involved[richStart, involvedCount) rich
        while (richVoters > 0) {
            BigInteger needed = costScaled.subtract(poorMoney);
            // ceil(needed / (W*Q_e)) = ceil(ceil(needed / W) / Q_e): one short division, then per epoch
            // a division whose quotient is small
            BigInteger level = ceilDiv(needed, BigInteger.valueOf(richVoters));
            pass++;
            int poorBefore = richStart;
            for (int i = richStart; i < involvedCount; i++) {
                int c = involved[i];
                if (classes.numerator(c).compareTo(threshold(classes.epoch(c), level)) < 0) {
                    addPoorMoney(c);
                    richVoters -= weightInClass[c];
                    involved[i] = involved[richStart];
                    involved[richStart++] = c;
                }
            }
            if (richStart == poorBefore) {
                Rational payment = Rational.of(needed,
                        denominators.current().multiply(BigInteger.valueOf(richVoters)));
                return new ProjectPrice(project, payment, payment.divide(index.cost(project)));
            }
            for (int e = 0; e < denominators.epochCount(); e++) {
                if (poorMoneyOfEpoch[e] != null) {
                    poorMoney = poorMoney.add(poorMoneyOfEpoch[e].multiply(denominators.scaleToCurrent(e)));
                    poorMoneyOfEpoch[e] = null;
                }
            }
        }
        return null;
    }

    /** The numerator bound of an epoch below which a budget is under the level (cached per pass). */
    private BigInteger threshold(int epoch, BigInteger level) {
        if (thresholdPass[epoch] != pass) {
            thresholdPass[epoch] = pass;
            BigInteger scale = denominators.scaleToCurrent(epoch);
            thresholdOfEpoch[epoch] = scale.equals(BigInteger.ONE) ? level : ceilDiv(level, scale);
        }
        return thresholdOfEpoch[epoch];
    }

    private void addPoorMoney(int budgetClass) {
        BigInteger numerator = classes.numerator(budgetClass);
        if (numerator.signum() == 0) {
            return; // empty purses are poor but bring nothing
        }
        int epoch = classes.epoch(budgetClass);
        BigInteger money = numerator.multiply(BigInteger.valueOf(weightInClass[budgetClass]));
        poorMoneyOfEpoch[epoch] = poorMoneyOfEpoch[epoch] == null ? money : poorMoneyOfEpoch[epoch].add(money);
    }

    /** Charges every supporter of the project min(budget, payment): the project is funded. */
    void charge(ProjectPrice price, PaymentObserver observer) {
        Rational payment = price.paymentPerVoter();
        BigInteger share = payment.numerator().multiply(denominators.admit(payment.denominator()));
        int epoch = denominators.currentEpoch();
        int changedCount = 0;
        for (int group : index.supporterGroups(price.project())) {
            int c = classOfGroup[group];
            if (remap[c] < 0) {
                ensureScratchCapacity();
                involved[changedCount++] = c;
                BigInteger left = classes.numeratorNow(c, denominators).subtract(share);
                remap[c] = left.signum() <= 0 ? BudgetClasses.EMPTY : classes.add(left, epoch);
            }
            classes.move(index.groupWeight(group), c, remap[c]);
            classOfGroup[group] = remap[c];
            if (observer != PaymentObserver.NONE) {
                observer.paid(price.project(), group, amountPaid(c, share, payment));
            }
        }
        for (int i = 0; i < changedCount; i++) {
            remap[involved[i]] = -1;
        }
        classes.compactIfSparse(classOfGroup);
    }

    /** What one voter of (old) class c pays: the share, or everything if that is less. */
    private Rational amountPaid(int budgetClass, BigInteger share, Rational payment) {
        BigInteger budget = classes.numeratorNow(budgetClass, denominators);
        return budget.compareTo(share) < 0 ? Rational.of(budget, denominators.current()) : payment;
    }

    /** Class-indexed scratch must cover every class, epoch-indexed scratch every epoch. */
    private void ensureScratchCapacity() {
        int needed = classes.count() + 1;
        if (needed > remap.length) {
            int capacity = Math.max(needed, remap.length * 2);
            weightInClass = Arrays.copyOf(weightInClass, capacity);
            involved = Arrays.copyOf(involved, capacity);
            int oldLength = remap.length;
            remap = Arrays.copyOf(remap, capacity);
            Arrays.fill(remap, oldLength, capacity, -1);
        }
        if (denominators.epochCount() > thresholdOfEpoch.length) {
            thresholdOfEpoch = Arrays.copyOf(thresholdOfEpoch, denominators.epochCount() * 2);
            thresholdPass = Arrays.copyOf(thresholdPass, denominators.epochCount() * 2);
            poorMoneyOfEpoch = Arrays.copyOf(poorMoneyOfEpoch, denominators.epochCount() * 2);
        }
    }

    private static BigInteger ceilDiv(BigInteger dividend, BigInteger divisor) {
        BigInteger[] qr = dividend.divideAndRemainder(divisor);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }
}
