package fr.budgetcitoyen.ambassador;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.Caller;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.project.AttachmentService.Download;
import fr.budgetcitoyen.project.AttachmentStore;
import fr.budgetcitoyen.project.LegalForm;
import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Theme;
import fr.budgetcitoyen.territory.TerritoryRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ambassadors' directory, and their own profiles: an ambassador proposes a change to the profile
 * their account manages (never another's), an agent approves or rejects it, then it is public.
 */
@Stateless
public class AmbassadorService {

    @EJB private Caller caller;
    @Inject private AmbassadorRepository ambassadors;
    @Inject private TerritoryRepository territories;
    @Inject private AttachmentStore store;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    @PermitAll
    public List<Ambassador> directory(String text, String territory, Theme theme, LegalForm form, Integer year, int first, int max) {
        return ambassadors.search(text, territory, theme, form, year, first, max);
    }

    @PermitAll
    public long directoryCount(String text, String territory, Theme theme, LegalForm form, Integer year) {
        return ambassadors.count(text, territory, theme, form, year);
    }

    @PermitAll
    public Map<String, Long> countByTerritory() {
        return ambassadors.countByTerritory();
    }

    @PermitAll
    public Optional<Ambassador> ambassador(long id) {
        return ambassadors.find(id);
    }

    /** The names of several ambassadors in one read, for a list that shows them line by line. */
    @PermitAll
    public Map<Long, String> names(Collection<Long> ids) {
        return ambassadors.names(ids);
    }

    /** The profile the caller's account manages, if any. */
    @RolesAllowed("AMBASSADOR")
    public Optional<Ambassador> mine() {
        return ambassadors.managedBy(caller.account().id());
    }

    @RolesAllowed("AMBASSADOR")
    public Optional<ProfileChange> myLatestChange() {
        return mine().flatMap(a -> ambassadors.latestChangeOf(a.id()));
    }

    /** Proposes a change to the caller's own profile; a pending one is replaced. */
    @RolesAllowed("AMBASSADOR")
    public ProfileChange propose(AmbassadorProfile profile) {
        Ambassador ambassador = mine().orElseThrow();
        ambassadors.pendingChangeOf(ambassador.id()).ifPresent(ProfileChange::withdraw);
        ProfileChange change = ProfileChange.propose(ambassador, profile, caller.account().email(), Instant.now(clock));
        ambassadors.store(change);
        audit.record(caller.account().email(), "ambassador.propose", "ambassador:" + ambassador.id(), null, change.proposed().name());
        return change;
    }

    /** The caller's new logo or photo: stored outside the web root, published once an agent approves it. */
    @RolesAllowed("AMBASSADOR")
    public void proposeLogo(byte[] content) {
        Ambassador ambassador = mine().orElseThrow();
        AmbassadorLogo logo = AmbassadorLogo.accept(content);
        store.write(logo.storageKey(), content);
        Optional.ofNullable(ambassador.proposeLogo(logo)).ifPresent(store::delete);
        audit.record(caller.account().email(), "ambassador.logo", "ambassador:" + ambassador.id(), null, logo.type().name());
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public List<Ambassador> pendingLogos() {
        return ambassadors.withPendingLogo();
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void approveLogo(long ambassadorId) {
        Ambassador ambassador = ambassadors.find(ambassadorId).orElseThrow();
        Optional.ofNullable(ambassador.approveLogo()).ifPresent(store::delete);
        audit.record(caller.account().email(), "ambassador.logo.approve", "ambassador:" + ambassadorId, null, null);
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void rejectLogo(long ambassadorId) {
        Ambassador ambassador = ambassadors.find(ambassadorId).orElseThrow();
        Optional.ofNullable(ambassador.rejectLogo()).ifPresent(store::delete);
        audit.record(caller.account().email(), "ambassador.logo.reject", "ambassador:" + ambassadorId, null, null);
    }

    /** The published logo, for everyone. */
    @PermitAll
    public Optional<Download> logo(long ambassadorId) {
        return ambassadors.find(ambassadorId).flatMap(Ambassador::logo).map(this::download);
    }

    /** The logo waiting for a review, for the agents who review it. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public Optional<Download> pendingLogo(long ambassadorId) {
        return ambassadors.find(ambassadorId).flatMap(Ambassador::pendingLogo).map(this::download);
    }

    private Download download(AmbassadorLogo logo) {
        return new Download("logo." + logo.type().name().toLowerCase(), logo.type().contentType(), store.read(logo.storageKey()));
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public List<ProfileChange> pendingChanges() {
        return ambassadors.pendingChanges();
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public List<ProfileChange.Difference> differences(ProfileChange change) {
        return change.differencesFrom(ambassadors.find(change.ambassadorId()).orElseThrow());
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void approve(long changeId) {
        ProfileChange change = ambassadors.change(changeId).orElseThrow();
        Ambassador ambassador = ambassadors.find(change.ambassadorId()).orElseThrow();
        String before = ambassador.profile().toString();
        change.approve(ambassador, caller.account().email());
        audit.record(caller.account().email(), "ambassador.approve", "ambassador:" + ambassador.id(), before, ambassador.profile().toString());
    }

    @RolesAllowed({"AGENT", "ADMIN"})
    public void reject(long changeId, String reason) {
        ProfileChange change = ambassadors.change(changeId).orElseThrow();
        change.reject(reason, caller.account().email());
        audit.record(caller.account().email(), "ambassador.reject", "ambassador:" + change.ambassadorId(), null, reason);
    }

    /** An agent recognises one initiative, by a deliberation. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public Ambassador recognise(AmbassadorProfile profile, Integer year, String deliberation, String communeInseeCode, LegalForm form) {
        String territory = communeInseeCode == null ? null : territories.territoryOfCommune(communeInseeCode).orElse(null);
        Ambassador ambassador = Ambassador.grant(profile, year, deliberation, territory == null ? null : communeInseeCode, territory,
                form, LocalDate.now(clock).getYear());
        ambassadors.store(ambassador);
        audit.record(caller.account().email(), "ambassador.recognise", "ambassador:" + ambassador.id(), null, year + " " + deliberation);
        return ambassador;
    }

    /** What an import of this CSV would do, line by line; nothing is written. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public AmbassadorImport.Preview previewImport(String csv) {
        return AmbassadorImport.preview(csv, LocalDate.now(clock).getYear(), territories::territoryOfCommune);
    }

    /** Imports every line, or none: a single wrong line refuses the whole file. */
    @RolesAllowed({"AGENT", "ADMIN"})
    public int importAll(String csv) {
        AmbassadorImport.Preview preview = previewImport(csv);
        if (!preview.isImportable()) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("csv", "ambassador.import.refused")));
        }
        for (AmbassadorImport.Line line : preview.lines()) {
            ambassadors.store(Ambassador.recognise(line.profile(), line.year(), null, line.communeInseeCode(),
                    line.territoryCode(), line.legalForm()));
        }
        audit.record(caller.account().email(), "ambassador.import", "ambassadors", null, preview.lines().size() + " lines");
        return preview.lines().size();
    }
}
