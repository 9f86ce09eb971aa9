/**
 * Participatory-budgeting allocation: the election model and the rules that fund projects.
 *
 * <ul>
 *   <li>Model: {@link fr.budgetcitoyen.allocation.Instance} (budget as an exact
 *       {@link fr.budgetcitoyen.allocation.Rational}, projects with whole-unit costs, ballots),
 *       {@link fr.budgetcitoyen.allocation.Outcome} (funded projects in selection order).</li>
 *   <li>Rules: {@code greedy} (by votes or points), {@code mes} (Method of Equal Shares with cost
 *       utilities and its budget-increase completions), looked up by pabulib name in
 *       {@code catalog.RuleCatalog}.</li>
 *   <li>I/O: {@code pabulib.PabulibReader} / {@code PabulibWriter}; {@code cli.AllocateCommand}.</li>
 * </ul>
 *
 * <p>Results match the reference implementation (pabutools 1.2.3): ties go to the smallest project
 * id in string order, arithmetic is exact, and no floating point is ever used for money or ratios.
 */
package fr.budgetcitoyen.allocation;
