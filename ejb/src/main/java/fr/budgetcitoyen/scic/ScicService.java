package fr.budgetcitoyen.scic;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.account.Role;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.project.AttachmentService.Download;
import fr.budgetcitoyen.project.AttachmentStore;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Money;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The réseau des SCIC 62 and the département's shareholdings. Anyone reads the network; the Mission ESS
 * registers SCICs, records the département's capital movements and assemblies; a SCIC's members manage
 * its public profile and its assemblies' documents, for their own SCIC only (another SCIC is "not found").
 */
@Stateless
public class ScicService {

    private static final String[] STAFF = {"AGENT", "ADMIN"};

    @Resource private SessionContext context;
    @Inject private ScicRepository scics;
    @Inject private AccountRepository accounts;
    @Inject private TerritoryRepository territories;
    @Inject private AttachmentStore store;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    @PermitAll
    public List<Scic> network() {
        return scics.all();
    }

    @PermitAll
    public Optional<Scic> scic(long id) {
        return scics.find(id);
    }

    /** The SCICs the caller may manage: every one for agents, their own for SCIC members. */
    @RolesAllowed({"SCIC_MEMBER", "AGENT", "ADMIN"})
    public List<Scic> manageable() {
        return isStaff() ? scics.all() : scics.managedBy(caller().id());
    }

    /** A SCIC the caller may manage; empty for anyone else, as if it did not exist. */
    @RolesAllowed({"SCIC_MEMBER", "AGENT", "ADMIN"})
    public Optional<Scic> managed(long scicId) {
        return scics.find(scicId).filter(s -> isStaff() || s.isManagedBy(caller().id()));
    }

    @RolesAllowed({"SCIC_MEMBER", "AGENT", "ADMIN"})
    public void describe(long scicId, ScicProfile profile) {
        Scic scic = managed(scicId).orElseThrow();
        String before = scic.profile().toString();
        scic.describe(profile);
        audit.record(callerEmail(), "scic.describe", "scic:" + scicId, before, scic.profile().toString());
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public Scic register(String name, String communeInseeCode, Money nominal, ScicProfile profile) {
        String territory = communeInseeCode == null ? null : territories.territoryOfCommune(communeInseeCode).orElse(null);
        Scic scic = Scic.register(name, territory == null ? null : communeInseeCode, territory, nominal, profile);
        scics.store(scic);
        audit.record(callerEmail(), "scic.register", "scic:" + scic.id(), null, scic.name());
        return scic;
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void admitDepartment(long scicId, Shareholding entry) {
        Scic scic = scics.findForUpdate(scicId).orElseThrow();
        scic.admitDepartment(entry);
        audit.record(callerEmail(), "scic.admit", "scic:" + scicId, null, entry.deliberation() + " " + entry.decidedOn());
    }

    /**
     * What recording this entry would give, every rule checked (the ledger, and for a subscription the
     * local authorities' 50 % limit): shown to the agent, who confirms before anything is recorded.
     */
    @RolesAllowed({"AGENT", "ADMIN"})
    public CapitalChange preview(CapitalMovement movement) {
        Scic scic = scics.find(movement.scicId()).orElseThrow();
        return scic.change(scics.movementsOf(scic.id()), scics.assembliesOf(scic.id()), movement, LocalDate.now(clock));
    }

    /**
     * Records an entry the agent confirmed: checked again against every other one of this SCIC (one
     * agent at a time), and refused if the account no longer gives the figures the agent was shown.
     */
    @RolesAllowed({"AGENT", "ADMIN"})
    public CapitalChange record(CapitalMovement movement, CapitalFigures confirmed) {
        Scic scic = scics.findForUpdate(movement.scicId()).orElseThrow();
        CapitalChange change = scic.change(scics.movementsOf(scic.id()), scics.assembliesOf(scic.id()), movement, LocalDate.now(clock));
        requireConfirmed(change, confirmed, "kind");
        movement.recordedBy(callerEmail(), Instant.now(clock));
        scics.store(movement);
        audit.record(callerEmail(), "scic.capital." + movement.kind().name().toLowerCase(), "scic:" + scic.id(), null, movement.summary());
        return change;
    }

    /** What cancelling a recorded entry would give, shown before the agent gives the reason and confirms. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public CapitalChange previewReversal(long movementId) {
        CapitalMovement original = scics.movement(movementId).orElseThrow();
        Scic scic = scics.find(original.scicId()).orElseThrow();
        return scic.reversalChange(scics.movementsOf(scic.id()), scics.assembliesOf(scic.id()), original, LocalDate.now(clock));
    }

    /**
     * The contre-passation of a recorded entry: a new entry of opposite effect, with its reason, under the
     * agent's name; the entry itself is left as it was. Audited with the entry it cancels.
     */
    @RolesAllowed({"AGENT", "ADMIN"})
    public CapitalChange reverse(long movementId, String reason, CapitalFigures confirmed) {
        CapitalMovement original = scics.movement(movementId).orElseThrow();
        Scic scic = scics.findForUpdate(original.scicId()).orElseThrow();
        CapitalMovement reversal = CapitalMovement.reversal(original, reason);
        CapitalChange change = scic.change(scics.movementsOf(scic.id()), scics.assembliesOf(scic.id()), reversal, LocalDate.now(clock));
        requireConfirmed(change, confirmed, "reason");
        reversal.recordedBy(callerEmail(), Instant.now(clock));
        scics.store(reversal);
        audit.record(callerEmail(), "scic.capital.reversal", "scic:" + scic.id(), original.summary() + " #" + original.id(),
                "contre-passation : " + reversal.reason());
        return change;
    }

    private static void requireConfirmed(CapitalChange change, CapitalFigures confirmed, String field) {
        new InvalidFieldsException.Check()
                .require(change.after().figures().equals(confirmed), field, "scic.movement.changedMeanwhile")
                .orThrow();
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public CapitalAccount capital(long scicId) {
        return scics.find(scicId).orElseThrow().capital(scics.movementsOf(scicId));
    }

    /** Every shareholding with its derived account, and the totals: for agents and élus. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public Portfolio portfolio() {
        List<CapitalMovement> movements = scics.allMovements();
        return Portfolio.of(scics.all().stream().filter(Scic::isShareholding)
                .map(s -> new Portfolio.Holding(s, s.capital(movements))).toList());
    }

    /** Gives an account the management of a SCIC's profile (and the SCIC_MEMBER role it needs). */
    @RolesAllowed({"AGENT", "ADMIN"})
    public void entrust(long scicId, String email) {
        Account member = accounts.findByTypedEmail(email)
                .orElseThrow(() -> new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("member", "scic.member.unknown"))));
        Scic scic = scics.find(scicId).orElseThrow();
        scic.entrustTo(member.id());
        if (!member.hasRole(Role.SCIC_MEMBER)) {
            member.grant(Role.SCIC_MEMBER);
        }
        audit.record(callerEmail(), "scic.entrust", "scic:" + scicId, null, member.email());
    }

    /** The addresses of the accounts that manage a SCIC's profile. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public List<String> members(long scicId) {
        return scics.find(scicId).stream().flatMap(s -> s.memberAccountIds().stream())
                .flatMap(id -> accounts.find(id).stream()).map(Account::email).sorted().toList();
    }

    /**
     * An assembly of a SCIC the département is an associate of; it may declare the SCIC's total capital and
     * the other local authorities' part of it, which must hold what the département held that day.
     */
    @RolesAllowed({"AGENT", "ADMIN"})
    public GeneralAssembly convene(long scicId, LocalDate heldOn, boolean extraordinary, String agenda, String departmentVotes,
                                   Money declaredCapital, Money otherLocalAuthorities) {
        Scic scic = scics.findForUpdate(scicId).orElseThrow();
        new InvalidFieldsException.Check().require(scic.isShareholding(), "heldOn", "scic.assembly.notShareholding").orThrow();
        GeneralAssembly assembly = GeneralAssembly.convene(scicId, heldOn, extraordinary, agenda, departmentVotes,
                declaredCapital, otherLocalAuthorities);
        LocalAuthorityShare.requireCoherent(assembly, scic.capital(scics.movementsOf(scicId)), LocalDate.now(clock));
        scics.store(assembly);
        audit.record(callerEmail(), "scic.assembly", "scic:" + scicId, null, heldOn + " " + agenda
                + (assembly.declaresCapital() ? " ; capital " + assembly.declaredCapital() + " dont autres collectivités "
                + assembly.otherLocalAuthorities() : ""));
        return assembly;
    }

    @RolesAllowed({"SCIC_MEMBER", "AGENT", "ADMIN"})
    public List<GeneralAssembly> assemblies(long scicId) {
        return managed(scicId).map(s -> scics.assembliesOf(s.id())).orElse(List.of());
    }

    @RolesAllowed({"SCIC_MEMBER", "AGENT", "ADMIN"})
    public List<AssemblyDocument> documents(long assemblyId) {
        return scics.assembly(assemblyId).filter(a -> managed(a.scicId()).isPresent())
                .map(a -> scics.documentsOf(a.id())).orElse(List.of());
    }

    /** Minutes of an assembly of a SCIC the caller manages: a PDF, stored outside the web root. */
    @RolesAllowed({"SCIC_MEMBER", "AGENT", "ADMIN"})
    public AssemblyDocument attach(long assemblyId, String fileName, byte[] content) {
        GeneralAssembly assembly = scics.assembly(assemblyId).filter(a -> managed(a.scicId()).isPresent()).orElseThrow();
        AssemblyDocument document = AssemblyDocument.accept(assembly, fileName, content, callerEmail(), Instant.now(clock));
        store.write(document.file().storageKey(), content);
        scics.store(document);
        audit.record(callerEmail(), "scic.document", "scic:" + assembly.scicId(), null, document.file().fileName() + " " + document.file().sha256());
        return document;
    }

    @RolesAllowed({"SCIC_MEMBER", "AGENT", "ADMIN"})
    public Optional<Download> download(long documentId) {
        return scics.document(documentId)
                .filter(d -> scics.assembly(d.assemblyId()).filter(a -> managed(a.scicId()).isPresent()).isPresent())
                .map(d -> new Download(d.file().fileName(), d.file().type().contentType(), store.read(d.file().storageKey())));
    }

    private boolean isStaff() {
        for (String role : STAFF) {
            if (context.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    private Account caller() {
        return accounts.findByEmail(callerEmail()).orElseThrow();
    }

    private String callerEmail() {
        return context.getCallerPrincipal().getName();
    }
}
