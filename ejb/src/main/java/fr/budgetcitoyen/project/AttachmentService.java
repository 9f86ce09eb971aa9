package fr.budgetcitoyen.project;

import fr.budgetcitoyen.account.Account;
import fr.budgetcitoyen.account.AccountRepository;
import fr.budgetcitoyen.audit.AuditLog;
import fr.budgetcitoyen.campaign.CampaignService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Attachments of project files: the carrier adds or removes them while the file is editable; the carrier,
 * the committee and the Mission ESS read them. Anyone else gets nothing, as if they did not exist.
 */
@Stateless
@RolesAllowed("RESIDENT")
public class AttachmentService {

    /** What a download sends: the name to offer, the type read from the content, the bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Resource private SessionContext context;
    @Inject private ProjectRepository projects;
    @Inject private AttachmentRepository attachments;
    @Inject private AttachmentStore store;
    @Inject private AccountRepository accounts;
    @EJB private CampaignService campaigns;
    @EJB private AuditLog audit;
    @Inject private Clock clock;

    public Attachment attach(long projectId, String fileName, byte[] content) {
        Project file = ownFile(projectId).orElseThrow();
        Attachment attachment = Attachment.accept(file, fileName, content, attachments.of(projectId).size(),
                campaigns.today(), Instant.now(clock));
        store.write(attachment.file().storageKey(), content);
        attachments.store(attachment);
        audit.record(callerEmail(), "file.attach", "project:" + projectId, null, attachment.file().fileName() + " " + attachment.file().sha256());
        return attachment;
    }

    public void remove(long attachmentId) {
        Attachment attachment = attachments.find(attachmentId).orElseThrow();
        Project file = ownFile(attachment.projectId()).orElseThrow();
        file.requireEditable(campaigns.today());
        attachments.remove(attachment);
        store.delete(attachment.file().storageKey());
        audit.record(callerEmail(), "file.detach", "project:" + file.id(), attachment.file().fileName(), null);
    }

    public List<Attachment> of(long projectId) {
        return readable(projectId) ? attachments.of(projectId) : List.of();
    }

    public Optional<Download> download(long attachmentId) {
        return attachments.find(attachmentId).filter(a -> readable(a.projectId()))
                .map(a -> new Download(a.file().fileName(), a.file().type().contentType(), store.read(a.file().storageKey())));
    }

    /** The first photo of a project on the ballot, shown on its public page; nothing for other files. */
    @PermitAll
    public Optional<Download> photoOf(long projectId) {
        return campaigns.projectOnBallot(projectId).stream().flatMap(p -> attachments.of(projectId).stream())
                .filter(a -> a.file().type() != AttachmentType.PDF).findFirst()
                .map(a -> new Download(a.file().fileName(), a.file().type().contentType(), store.read(a.file().storageKey())));
    }

    @PermitAll
    public boolean hasPhoto(long projectId) {
        return campaigns.projectOnBallot(projectId).isPresent()
                && attachments.of(projectId).stream().anyMatch(a -> a.file().type() != AttachmentType.PDF);
    }

    private boolean readable(long projectId) {
        boolean staff = context.isCallerInRole("COMMITTEE_MEMBER") || context.isCallerInRole("AGENT")
                || context.isCallerInRole("ADMIN");
        return staff || ownFile(projectId).isPresent();
    }

    private Optional<Project> ownFile(long projectId) {
        long caller = accounts.findByEmail(callerEmail()).map(Account::id).orElseThrow();
        return projects.find(projectId).filter(p -> p.isOwnedBy(caller));
    }

    private String callerEmail() {
        return context.getCallerPrincipal().getName();
    }
}
