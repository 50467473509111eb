<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountConsentPage</name>
    <message>
        <source>Time</source>
        <extracomment>The consent state was (re)loaded or changed; carries whether usage analytics is on.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>Your consent</translation>
    </message>
    <message>
        <source>Each choice takes effect at once and is kept in a tamper-evident history. Withdrawing is as easy as granting.</source>
        <translation>Each choice takes effect at once and is kept in a tamper-evident history. Withdrawing is as easy as granting.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>News and offers from GTG CRM by e-mail.</source>
        <translation>News and offers from GTG CRM by e-mail.</translation>
    </message>
    <message>
        <source>Ads chosen for you from how you use the service.</source>
        <translation>Ads chosen for you from how you use the service.</translation>
    </message>
    <message>
        <source>Screens opened, actions and session length (policy section 1.2).</source>
        <translation>Screens opened, actions and session length (policy section 1.2).</translation>
    </message>
    <message>
        <source>Sharing data with this connected account.</source>
        <translation>Sharing data with this connected account.</translation>
    </message>
    <message>
        <source>Off (never chosen)</source>
        <translation>Off (never chosen)</translation>
    </message>
    <message>
        <source>On since %1</source>
        <translation>On since %1</translation>
    </message>
    <message>
        <source>Off since %1</source>
        <translation>Off since %1</translation>
    </message>
    <message>
        <source>%1: granted.</source>
        <translation>%1: granted.</translation>
    </message>
    <message>
        <source>%1: withdrawn.</source>
        <translation>%1: withdrawn.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>AccountDataPanel</name>
    <message>
        <source>Ask GTG for a copy of everything your cloud account holds, or for its deletion. Requests are sent with the next sync and their answer shows here. The data on this computer is not touched.</source>
        <extracomment>The kind of data request to send (&quot;access&quot; or &quot;erasure&quot;). Save the archive of a completed export request (the request dict).</extracomment>
        <translation>Ask GTG for a copy of everything your cloud account holds, or for its deletion. Requests are sent with the next sync and their answer shows here. The data on this computer is not touched.</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Export my data</translation>
    </message>
    <message>
        <source>Delete my account data…</source>
        <translation>Delete my account data…</translation>
    </message>
    <message>
        <source>Save the export…</source>
        <translation>Save the export…</translation>
    </message>
    <message>
        <source>Account data requests</source>
        <translation>Account data requests</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>No request sent yet.</translation>
    </message>
    <message>
        <source>Delete my account data</source>
        <translation>Delete my account data</translation>
    </message>
    <message>
        <source>Ask GTG to delete the data of your cloud account? The contacts and templates on this computer stay, but nothing can be synced after the deletion.</source>
        <translation>Ask GTG to delete the data of your cloud account? The contacts and templates on this computer stay, but nothing can be synced after the deletion.</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Signed in as %1 on %2.</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Street and building</source>
        <translation>Street and building</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Then</source>
        <extracomment>Labels of the keys stored in audit details (context &quot;AuditDetails&quot;).</extracomment>
        <translation>Then</translation>
    </message>
    <message>
        <source>After (masked)</source>
        <translation>After (masked)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Before (masked)</source>
        <translation>Before (masked)</translation>
    </message>
    <message>
        <source>Change-log entries blanked</source>
        <translation>Change-log entries blanked</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Consent entries redacted</source>
        <translation>Consent entries redacted</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>No activity since</source>
        <translation>No activity since</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Deleted on the server</translation>
    </message>
    <message>
        <source>Deleted contacts cleaned up</source>
        <translation>Deleted contacts cleaned up</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Erasure entries added</source>
        <translation>Erasure entries added</translation>
    </message>
    <message>
        <source>Contacts erased</source>
        <translation>Contacts erased</translation>
    </message>
    <message>
        <source>Consent entry id</source>
        <translation>Consent entry id</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Import id</source>
        <translation>Import id</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Request type</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <source>Was (masked)</source>
        <translation>Was (masked)</translation>
    </message>
    <message>
        <source>Merge id</source>
        <translation>Merge id</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mails and phones blocked from re-import</source>
        <translation>E-mails and phones blocked from re-import</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>Labels of the parts of a masked contact and of an import&apos;s row counts.</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>duplicates</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>at the person’s request</source>
        <extracomment>Why a contact was erased or anonymised, and the other stored words without a privacy label.</extracomment>
        <translation>at the person’s request</translation>
    </message>
    <message>
        <source>under the retention setting</source>
        <translation>under the retention setting</translation>
    </message>
    <message>
        <source>list them for review</source>
        <translation>list them for review</translation>
    </message>
    <message>
        <source>anonymise them automatically</source>
        <translation>anonymise them automatically</translation>
    </message>
    <message>
        <source>delete them automatically</source>
        <translation>delete them automatically</translation>
    </message>
    <message>
        <source>start-up notice</source>
        <translation>start-up notice</translation>
    </message>
    <message>
        <source>because the person had asked to be erased</source>
        <translation>because the person had asked to be erased</translation>
    </message>
    <message>
        <source>from the cloud</source>
        <translation>from the cloud</translation>
    </message>
    <message>
        <source>from the address book</source>
        <translation>from the address book</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restoring a backup</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The merged contacts were restored.</source>
        <translation>The merged contacts were restored.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrected: %1</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted zip of %n file(s)</source>
        <translation>
            <numerusform>Encrypted zip of %n file</numerusform>
            <numerusform>Encrypted zip of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unencrypted zip of %n file(s)</source>
        <translation>
            <numerusform>Unencrypted zip of %n file</numerusform>
            <numerusform>Unencrypted zip of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, from the %2</source>
        <translation>Version %1, from the %2</translation>
    </message>
    <message>
        <source>Request type: %1</source>
        <translation>Request type: %1</translation>
    </message>
    <message>
        <source>Request type: %1 · status: %2</source>
        <translation>Request type: %1 · status: %2</translation>
    </message>
    <message>
        <source>Period: %1 · then: %2</source>
        <translation>Period: %1 · then: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contact(s) deleted</source>
        <translation>
            <numerusform>%n inactive contact deleted</numerusform>
            <numerusform>%n inactive contacts deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contact(s) anonymised</source>
        <translation>
            <numerusform>%n inactive contact anonymised</numerusform>
            <numerusform>%n inactive contacts anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usage event(s) deleted</source>
        <translation>
            <numerusform>%n usage event deleted</numerusform>
            <numerusform>%n usage events deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1: %2 new, %3 updated</translation>
    </message>
    <message>
        <source>%1 removed, %2 restored</source>
        <translation>%1 removed, %2 restored</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) to %1</source>
        <translation>
            <numerusform>%n contact to %1</numerusform>
            <numerusform>%n contacts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other contact(s) merged into this one</source>
        <translation>
            <numerusform>%n other contact merged into this one</numerusform>
            <numerusform>%n other contacts merged into this one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Account consent changed</source>
        <extracomment>The AuditEntry of a row. The stored action word of a row (&quot;contact.erased&quot;). Everything about a row in words: subject, summary and each detail, one per line. Labels of the actions written to the audit log (context &quot;AuditLogModel&quot;).</extracomment>
        <translation>Account consent changed</translation>
    </message>
    <message>
        <source>Contact consent recorded</source>
        <translation>Contact consent recorded</translation>
    </message>
    <message>
        <source>Contact anonymised</source>
        <translation>Contact anonymised</translation>
    </message>
    <message>
        <source>Contact corrected</source>
        <translation>Contact corrected</translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>Contact erased</translation>
    </message>
    <message>
        <source>Data export made</source>
        <translation>Data export made</translation>
    </message>
    <message>
        <source>Privacy policy acknowledged</source>
        <translation>Privacy policy acknowledged</translation>
    </message>
    <message>
        <source>Data request opened</source>
        <translation>Data request opened</translation>
    </message>
    <message>
        <source>Data request updated</source>
        <translation>Data request updated</translation>
    </message>
    <message>
        <source>Retention setting changed</source>
        <translation>Retention setting changed</translation>
    </message>
    <message>
        <source>Retention applied</source>
        <translation>Retention applied</translation>
    </message>
    <message>
        <source>Usage data deleted</source>
        <translation>Usage data deleted</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Contacts imported</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <source>Contacts exported</source>
        <translation>Contacts exported</translation>
    </message>
    <message>
        <source>Contacts merged</source>
        <translation>Contacts merged</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Merge undone</translation>
    </message>
    <message>
        <source>Change from the cloud refused (erased person)</source>
        <translation>Change from the cloud refused (erased person)</translation>
    </message>
    <message>
        <source>Erasures applied again</source>
        <translation>Erasures applied again</translation>
    </message>
    <message>
        <source>Erased person’s card deleted from the address book</source>
        <translation>Erased person’s card deleted from the address book</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>The first page for the current filter has arrived.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by action</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Filter by subject</source>
        <translation>Filter by subject</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>Any subject</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>Subject id</translation>
    </message>
    <message>
        <source>Filter by subject id</source>
        <translation>Filter by subject id</translation>
    </message>
    <message>
        <source>Verify chains</source>
        <translation>Verify chains</translation>
    </message>
    <message>
        <source>Check that no entry of the consent ledger or audit log was changed</source>
        <translation>Check that no entry of the consent ledger or audit log was changed</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Details of the selected entry</translation>
    </message>
    <message>
        <source>Select an entry to see all of its details.</source>
        <translation>Select an entry to see all of its details.</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Append-only and hash-chained. It holds ids and masked values only, never names, e-mail addresses or phone numbers in full.</source>
        <translation>Append-only and hash-chained. It holds ids and masked values only, never names, e-mail addresses or phone numbers in full.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; scroll for more</source>
        <translation>
            <numerusform>%n entry shown; scroll for more</numerusform>
            <numerusform>%n entries shown; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Intact: %1 consent entries and %2 audit entries checked, none changed.</source>
        <translation>Intact: %1 consent entries and %2 audit entries checked, none changed.</translation>
    </message>
    <message>
        <source>Tampering detected. Consent ledger entries: %1. Audit log entries: %2.</source>
        <translation>Tampering detected. Consent ledger entries: %1. Audit log entries: %2.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup failed: %1</source>
        <extracomment>The attribute of the AppContext that holds its scheduler (a plain reference cycle that the collector can free, unlike a module-level registry). The last backup or failure changed (the status text is new).</extracomment>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>Automatic backups are off</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Damaged</source>
        <extracomment>Lists the folder (in the background): `list_backups(folder)` in the app. The path of a row&apos;s file.</extracomment>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Change folder…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <source>Hours between automatic backups</source>
        <translation>Hours between automatic backups</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Backups are made when GTG CRM closes and at this interval while it is open. Kept: one a day for %1 days, one a week for %2 more weeks, one a month for %3 more months.</source>
        <translation>Backups are made when GTG CRM closes and at this interval while it is open. Kept: one a day for %1 days, one a week for %2 more weeks, one a month for %3 more months.</translation>
    </message>
    <message>
        <source>Backups are encrypted and open with your passphrase or recovery code. A person you erase can remain inside older backups until they are pruned (at most %1 months); restoring a backup erases them again.</source>
        <translation>Backups are encrypted and open with your passphrase or recovery code. A person you erase can remain inside older backups until they are pruned (at most %1 months); restoring a backup erases them again.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore into a new folder…</source>
        <translation>Restore into a new folder…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Back up every (hours):</source>
        <translation>Back up every (hours):</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored workspace</source>
        <translation>Choose an empty folder for the restored workspace</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder.</source>
        <translation>%1 is not empty; choose a new or empty folder.</translation>
    </message>
    <message>
        <source>The passphrase in use when the backup was made:</source>
        <translation>The passphrase in use when the backup was made:</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The backup was restored into %1. People erased again because they were erased after the backup was made: %2.

Open the restored workspace now? GTG CRM restarts with it; this workspace stays as it is.</source>
        <translation>The backup was restored into %1. People erased again because they were erased after the backup was made: %2.

Open the restored workspace now? GTG CRM restarts with it; this workspace stays as it is.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>Open it now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>BirthdayField</name>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>Hijri</translation>
    </message>
    <message>
        <source>Calendar of the birthday</source>
        <translation>Calendar of the birthday</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (Hijri)</source>
        <translation>YYYY-MM-DD (Hijri)</translation>
    </message>
    <message>
        <source>The Hijri (Umm al-Qura) date, e.g. 1410-06-08; it is kept as Gregorian</source>
        <translation>The Hijri (Umm al-Qura) date, e.g. 1410-06-08; it is kept as Gregorian</translation>
    </message>
    <message>
        <source>Gregorian: %1</source>
        <translation>Gregorian: %1</translation>
    </message>
    <message>
        <source>Hijri: %1</source>
        <translation>Hijri: %1</translation>
    </message>
</context>
<context>
    <name>CardDavPanel</name>
    <message>
        <source>Keep the contacts of this computer in step with an address book on a CardDAV server (Nextcloud, Radicale, iCloud, Fastmail and others).</source>
        <translation>Keep the contacts of this computer in step with an address book on a CardDAV server (Nextcloud, Radicale, iCloud, Fastmail and others).</translation>
    </message>
    <message>
        <source>Address book server</source>
        <translation>Address book server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Find address books</source>
        <translation>Find address books</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Use this address book</source>
        <translation>Use this address book</translation>
    </message>
    <message>
        <source>Sync address book now</source>
        <translation>Sync address book now</translation>
    </message>
    <message>
        <source>Remove address book</source>
        <translation>Remove address book</translation>
    </message>
    <message>
        <source>Address book %1, user %2.</source>
        <translation>Address book %1, user %2.</translation>
    </message>
    <message>
        <source>Last sync: pulled %1, pushed %2, paired %3, conflicts %4.</source>
        <translation>Last sync: pulled %1, pushed %2, paired %3, conflicts %4.</translation>
    </message>
    <message>
        <source>Fill in the address book server, your user name and your password.</source>
        <translation>Fill in the address book server, your user name and your password.</translation>
    </message>
    <message>
        <source>Syncing the address book…</source>
        <translation>Syncing the address book…</translation>
    </message>
</context>
<context>
    <name>CloudAccountSection</name>
    <message>
        <source>This workspace is not signed in to the GTG cloud, so no request can be sent there. Sign in on the Sync screen to ask GTG for a copy or the deletion of your cloud account data.</source>
        <extracomment>Rows of cloud requests shown without scrolling.</extracomment>
        <translation>This workspace is not signed in to the GTG cloud, so no request can be sent there. Sign in on the Sync screen to ask GTG for a copy or the deletion of your cloud account data.</translation>
    </message>
    <message>
        <source>Open the Sync screen to sign in</source>
        <translation>Open the Sync screen to sign in</translation>
    </message>
    <message>
        <source>Your account data in the GTG cloud</source>
        <translation>Your account data in the GTG cloud</translation>
    </message>
</context>
<context>
    <name>CloudRequests</name>
    <message>
        <source>This request was already made; its answer shows here.</source>
        <translation>This request was already made; its answer shows here.</translation>
    </message>
    <message>
        <source>Request saved; it is being sent to the cloud.</source>
        <translation>Request saved; it is being sent to the cloud.</translation>
    </message>
    <message>
        <source>Request saved; it is sent once you sign in.</source>
        <translation>Request saved; it is sent once you sign in.</translation>
    </message>
    <message>
        <source>Save the export of my cloud data</source>
        <translation>Save the export of my cloud data</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Export saved.</source>
        <translation>Export saved.</translation>
    </message>
    <message>
        <source>Account data in the cloud</source>
        <translation>Account data in the cloud</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>The same detail was changed on this computer and elsewhere. Both values are kept until you choose which one stays.</source>
        <extracomment>Fields edited in a multi-line box in the merge dialog. (conflict id, &quot;local&quot; | &quot;remote&quot; | &quot;value&quot;, merged value or None)</extracomment>
        <translation>The same detail was changed on this computer and elsewhere. Both values are kept until you choose which one stays.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>No conflicts: everything agrees with the cloud.</source>
        <translation>No conflicts: everything agrees with the cloud.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep the value of this computer</source>
        <translation>Keep the value of this computer</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Use the value from the cloud</source>
        <translation>Use the value from the cloud</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Write the value that should stay</source>
        <translation>Write the value that should stay</translation>
    </message>
</context>
<context>
    <name>ContactChooser</name>
    <message>
        <source>Find a contact by name, e-mail or phone…</source>
        <extracomment>(contact id, display name); (&quot;&quot;, &quot;&quot;) when the choice was cleared.</extracomment>
        <translation>Find a contact by name, e-mail or phone…</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Find a contact</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Matching contacts</translation>
    </message>
    <message>
        <source>Chosen contact: %1</source>
        <translation>Chosen contact: %1</translation>
    </message>
    <message>
        <source>No contact chosen.</source>
        <translation>No contact chosen.</translation>
    </message>
</context>
<context>
    <name>ContactConsentPage</name>
    <message>
        <source>Choose a contact</source>
        <translation>Choose a contact</translation>
    </message>
    <message>
        <source>Direct marketing by channel</source>
        <translation>Direct marketing by channel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>May we send marketing?</source>
        <translation>May we send marketing?</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Record a decision</translation>
    </message>
    <message>
        <source>e.g. shop sign-up form, phone call</source>
        <translation>e.g. shop sign-up form, phone call</translation>
    </message>
    <message>
        <source>e.g. signed form no. 12, call on 3 May</source>
        <translation>e.g. signed form no. 12, call on 3 May</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Lawful basis:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Purpose and channel</source>
        <translation>Purpose and channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Contact consent history</source>
        <translation>Contact consent history</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Entries are never edited; each is linked to the one before by a hash.</source>
        <translation>Entries are never edited; each is linked to the one before by a hash.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Recorded: %1 · %2 · %3.</source>
        <translation>Recorded: %1 · %2 · %3.</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Contact consent</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact editor</source>
        <extracomment>Tags are separated by Latin or Arabic commas, or semicolons. The user changed something since the last load.</extracomment>
        <translation>Contact editor</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Leave empty to use the name</source>
        <translation>Leave empty to use the name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Add e-mail</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Remove this e-mail</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Add phone</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Remove this phone</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Add address</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Remove this address</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or --MM-DD without the year</source>
        <translation>YYYY-MM-DD, or --MM-DD without the year</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Remove this field</source>
        <translation>Remove this field</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Family name:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Birthday:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>E-mail, not a valid address: %1</source>
        <translation>E-mail, not a valid address: %1</translation>
    </message>
    <message>
        <source>Phone, not a number that can be dialled: %1</source>
        <translation>Phone, not a number that can be dialled: %1</translation>
    </message>
    <message>
        <source>Birthday, not a date: %1</source>
        <translation>Birthday, not a date: %1</translation>
    </message>
    <message>
        <source>These values were kept as written because they are not valid. Saving keeps them as they are; correct them when you can:</source>
        <translation>These values were kept as written because they are not valid. Saving keeps them as they are; correct them when you can:</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Rows read at a time: the first page fills any window (the start-up floor reads 100 too); scrolling reads the next ones. At most this long the list waits for its read-ahead first page, then it comes when it comes. The key of a FirstPageReadAhead in `AppContext.read_ahead`. The contact id of a row. The ContactSummary of a row (plain values, no bidi isolates). A (re)load finished: the first page is in and `total` is known. A query failed; the message is for the status bar.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Search contacts</source>
        <extracomment>At start-up the editor is built after the first rows, or after this long at the latest. The rows paint in the table&apos;s viewport; no rows, in the empty-state text. The contact as stored when the editor showed it: its odd values may be saved again.</extracomment>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Search by name, e-mail, phone, tag or city…</source>
        <translation>Search by name, e-mail, phone, tag or city…</translation>
    </message>
    <message>
        <source>Number of contacts shown</source>
        <translation>Number of contacts shown</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Import, export and duplicates</source>
        <translation>Import, export and duplicates</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Import contacts…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Export contacts…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Marketing e-mail for this contact</source>
        <translation>Marketing e-mail for this contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches your search.</source>
        <translation>No contact matches your search.</translation>
    </message>
    <message>
        <source>No contacts yet. Press “New contact” to add the first one.</source>
        <translation>No contacts yet. Press “New contact” to add the first one.</translation>
    </message>
    <message>
        <source>Marketing e-mail: %1</source>
        <translation>Marketing e-mail: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>Save the changes to this contact?</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Deleted %n contact.</numerusform>
            <numerusform>Deleted %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>Restored %n contact.</numerusform>
            <numerusform>Restored %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct “%1”</source>
        <translation>Correct “%1”</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Change what is wrong and save. The correction is recorded in the audit log (field names and masked values only) and as a completed request.</source>
        <translation>Change what is wrong and save. The correction is recorded in the audit log (field names and masked values only) and as a completed request.</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>CustomFieldRow</name>
    <message>
        <source>Field name</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Custom field name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>Custom field value</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>The check after start found damage in this workspace&apos;s database: some contacts or templates may be missing or wrong. Do not delete anything. Restore your latest backup into a new folder (Backups…), check it, then keep working there.</source>
        <translation>The check after start found damage in this workspace&apos;s database: some contacts or templates may be missing or wrong. Do not delete anything. Restore your latest backup into a new folder (Backups…), check it, then keep working there.</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>DataRequestsPage</name>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>One contact</source>
        <translation>One contact</translation>
    </message>
    <message>
        <source>Export the data on this computer…</source>
        <translation>Export the data on this computer…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Object to marketing</source>
        <translation>Object to marketing</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>Data requests</translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation>Whose data?</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Requests handled on this computer</source>
        <translation>Requests handled on this computer</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>your account</translation>
    </message>
    <message>
        <source>Export this contact’s data…</source>
        <translation>Export this contact’s data…</translation>
    </message>
    <message>
        <source>Everything in this workspace is in the export. Your account details (name, e-mail, billing) are kept by GTG CRM in the cloud: ask for a copy of them or for their deletion below.</source>
        <translation>Everything in this workspace is in the export. Your account details (name, e-mail, billing) are kept by GTG CRM in the cloud: ask for a copy of them or for their deletion below.</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>Choose a contact first.</translation>
    </message>
    <message>
        <source>Erasure removes the contact for good, here and, with the next sync, on your other devices and address book; only salted hashes of their e-mails and phones are kept, so that no import or sync brings them back. Older backups still hold their data until they are pruned: about 13 months with the default 7 daily, 4 weekly and 12 monthly backups (longer when the app is seldom used). Restoring one erases them again.</source>
        <translation>Erasure removes the contact for good, here and, with the next sync, on your other devices and address book; only salted hashes of their e-mails and phones are kept, so that no import or sync brings them back. Older backups still hold their data until they are pruned: about 13 months with the default 7 daily, 4 weekly and 12 monthly backups (longer when the app is seldom used). Restoring one erases them again.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Save the export</translation>
    </message>
    <message>
        <source>Encrypted export (*.enc)</source>
        <translation>Encrypted export (*.enc)</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Encrypted export saved to %1.</source>
        <translation>Encrypted export saved to %1.</translation>
    </message>
    <message>
        <source>Export saved to %1.</source>
        <translation>Export saved to %1.</translation>
    </message>
    <message>
        <source>Correction saved and recorded.</source>
        <translation>Correction saved and recorded.</translation>
    </message>
    <message>
        <source>Erase contact</source>
        <translation>Erase contact</translation>
    </message>
    <message>
        <source>Erase “%1” for good? Their details, consent history texts and search entries are removed; this cannot be undone.</source>
        <translation>Erase “%1” for good? Their details, consent history texts and search entries are removed; this cannot be undone.</translation>
    </message>
    <message>
        <source>Last check: erase “%1” now?</source>
        <translation>Last check: erase “%1” now?</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>“%1” was erased.</source>
        <translation>“%1” was erased.</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Objection to marketing</translation>
    </message>
    <message>
        <source>Record that “%1” objects to direct marketing? They are excluded from every marketing list at once.</source>
        <translation>Record that “%1” objects to direct marketing? They are excluded from every marketing list at once.</translation>
    </message>
    <message>
        <source>Objection recorded: excluded from direct marketing.</source>
        <translation>Objection recorded: excluded from direct marketing.</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>objection recorded</source>
        <translation>objection recorded</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>corrected: %1</translation>
    </message>
    <message>
        <source>Erased contact %1</source>
        <translation>Erased contact %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Undo the last merge</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>{count} groups of duplicates.</source>
        <translation>{count} groups of duplicates.</translation>
    </message>
</context>
<context>
    <name>EmailRow</name>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export data</source>
        <extracomment>Heights of the top (whose data, what to do) and of the request lists, choosing a contact.</extracomment>
        <translation>Export data</translation>
    </message>
    <message>
        <source>Protect the file with a passphrase (recommended)</source>
        <translation>Protect the file with a passphrase (recommended)</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Export passphrase</translation>
    </message>
    <message>
        <source>Repeat the export passphrase</source>
        <translation>Repeat the export passphrase</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>The export of %1 is a zip with a complete JSON document, CSV files, a vCard and a README in Arabic and English.</source>
        <translation>The export of %1 is a zip with a complete JSON document, CSV files, a vCard and a README in Arabic and English.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Use a passphrase of at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunConsentPage</name>
    <message>
        <source>Your privacy choices</source>
        <translation>Your privacy choices</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <source>Each of these is off unless you turn it on. You can change your mind at any time in the Privacy screen.</source>
        <translation>Each of these is off unless you turn it on. You can change your mind at any time in the Privacy screen.</translation>
    </message>
    <message>
        <source>Read the privacy policy</source>
        <translation>Read the privacy policy</translation>
    </message>
    <message>
        <source>Updates and promotional offers from GTG CRM by e-mail (policy section 2).</source>
        <translation>Updates and promotional offers from GTG CRM by e-mail (policy section 2).</translation>
    </message>
    <message>
        <source>Content and ads tailored to you from how you use the service (policy section 1.2).</source>
        <translation>Content and ads tailored to you from how you use the service (policy section 1.2).</translation>
    </message>
    <message>
        <source>A record of your use of the app: screens viewed, clicks and session length (policy section 1.2).</source>
        <translation>A record of your use of the app: screens viewed, clicks and session length (policy section 1.2).</translation>
    </message>
</context>
<context>
    <name>FirstRunPolicyDialog</name>
    <message>
        <source>Privacy policy</source>
        <translation>Privacy policy</translation>
    </message>
    <message>
        <source>Privacy policy text</source>
        <translation>Privacy policy text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create your GTG CRM workspace</source>
        <translation>Create your GTG CRM workspace</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <source>These changes came from the cloud but could not be applied on this computer yet. They are kept, and tried again at each sync.</source>
        <translation>These changes came from the cloud but could not be applied on this computer yet. They are kept, and tried again at each sync.</translation>
    </message>
    <message>
        <source>Changes not applied yet</source>
        <translation>Changes not applied yet</translation>
    </message>
    <message>
        <source>Every change from the cloud has been applied.</source>
        <translation>Every change from the cloud has been applied.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Undoing an import removes the contacts it added and puts back the contacts it changed as they were before.</source>
        <translation>Undoing an import removes the contacts it added and puts back the contacts it changed as they were before.</translation>
    </message>
    <message>
        <source>Earlier imports</source>
        <translation>Earlier imports</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <source>Undo the import of “%1” from %2? The contacts it added will be deleted and the contacts it changed will be put back as they were.</source>
        <translation>Undo the import of “%1” from %2? The contacts it added will be deleted and the contacts it changed will be put back as they were.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <extracomment>At most this many names of contacts kept by an undo are listed.</extracomment>
        <translation>The import was undone.</translation>
    </message>
    <message numerus="yes">
        <source>%n added contact(s) removed.</source>
        <translation>
            <numerusform>%n added contact removed.</numerusform>
            <numerusform>%n added contacts removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed contact(s) put back as they were.</source>
        <translation>
            <numerusform>%n changed contact put back as it was.</numerusform>
            <numerusform>%n changed contacts put back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) edited after the import kept as they are now.</source>
        <translation>
            <numerusform>%n contact edited after the import kept as it is now.</numerusform>
            <numerusform>%n contacts edited after the import kept as they are now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted after the import left deleted.</source>
        <translation>
            <numerusform>%n contact deleted after the import left deleted.</numerusform>
            <numerusform>%n contacts deleted after the import left deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Kept: %1.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Undone on %1</source>
        <extracomment>Reads the history (in the background): `list_imports(workspace)` in the app. The import id of a row. Whether the import of a row has been undone.</extracomment>
        <translation>Undone on %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>LabelBox</name>
    <message>
        <source>Work</source>
        <extracomment>Labels stored in English (as vCard and CSV exports expect), shown translated.</extracomment>
        <translation>Work</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>GTG CRM is locked</source>
        <extracomment>How long a lock waits for background work (a save, a sync page) to finish before closing. The lock screen paints before the (possibly blocking) wait for background work.</extracomment>
        <translation>GTG CRM is locked</translation>
    </message>
    <message>
        <source>Your data is closed and encrypted. Unlock to continue where you left off; unsaved changes are kept.</source>
        <translation>Your data is closed and encrypted. Unlock to continue where you left off; unsaved changes are kept.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GTG CRM</source>
        <extracomment>Work that can wait (the network watch, the policy notice) starts this long after the window shows: the first screen&apos;s query and paint come first.</extracomment>
        <translation>GTG CRM</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>While locked (ui/lock_screen.py) no screen is built and no start-up work runs.</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the window (Ctrl+L)</source>
        <translation>Lock the window (Ctrl+L)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation>Contact count</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>This screen is not available in this version.</source>
        <translation>This screen is not available in this version.</translation>
    </message>
    <message>
        <source>%1 — GTG CRM</source>
        <translation>%1 — GTG CRM</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Sync not set up</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge the two values</source>
        <translation>Merge the two values</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Merged value</translation>
    </message>
    <message>
        <source>Write the value as a list in JSON, as shown.</source>
        <translation>Write the value as a list in JSON, as shown.</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>In the cloud</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Value to keep</translation>
    </message>
    <message>
        <source>This is not valid JSON; check the brackets.</source>
        <translation>This is not valid JSON; check the brackets.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCode</name>
    <message>
        <source>Make a new recovery code? The old recovery code stops working at once.</source>
        <translation>Make a new recovery code? The old recovery code stops working at once.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Make a new code</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>A change of the encryption key was cut short before its new recovery code was shown, so your old recovery code no longer works.</source>
        <translation>A change of the encryption key was cut short before its new recovery code was shown, so your old recovery code no longer works.</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>The cloud refused these changes. They stay on this computer and are not sent again; the rest of your changes are not held up.</source>
        <translation>The cloud refused these changes. They stay on this computer and are not sent again; the rest of your changes are not held up.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>The cloud refused no change.</source>
        <translation>The cloud refused no change.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>The passphrase protects your data. Choose a few words that only you know; it cannot be recovered without the recovery code you will get once the workspace is created.</source>
        <translation>The passphrase protects your data. Choose a few words that only you know; it cannot be recovered without the recovery code you will get once the workspace is created.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n characters.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too weak: easy to guess. Add more words to go on.</source>
        <translation>Too weak: easy to guess. Add more words to go on.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Fair: one or two more words would make it strong.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
</context>
<context>
    <name>PolicyNoticeBar</name>
    <message>
        <source>I have read it</source>
        <extracomment>The source of an acknowledgement given in the start-up prompt.</extracomment>
        <translation>I have read it</translation>
    </message>
    <message>
        <source>I have read the privacy policy</source>
        <translation>I have read the privacy policy</translation>
    </message>
    <message>
        <source>Please read the privacy policy (version %1, effective %2).</source>
        <translation>Please read the privacy policy (version %1, effective %2).</translation>
    </message>
    <message>
        <source>The privacy policy changed: version %1, effective %2.</source>
        <translation>The privacy policy changed: version %1, effective %2.</translation>
    </message>
</context>
<context>
    <name>PolicyNoticeDialog</name>
    <message>
        <source>Privacy policy</source>
        <translation>Privacy policy</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>I have read it</translation>
    </message>
    <message>
        <source>Show the policy</source>
        <translation>Show the policy</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Privacy policy acknowledged.</source>
        <translation>Privacy policy acknowledged.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Privacy policy</source>
        <translation>Privacy policy</translation>
    </message>
    <message>
        <source>Version %1 · effective %2</source>
        <translation>Version %1 · effective %2</translation>
    </message>
    <message>
        <source>Privacy policy text</source>
        <translation>Privacy policy text</translation>
    </message>
    <message>
        <source>You have acknowledged this version.</source>
        <translation>You have acknowledged this version.</translation>
    </message>
    <message>
        <source>Thank you: your acknowledgement was recorded.</source>
        <translation>Thank you: your acknowledgement was recorded.</translation>
    </message>
</context>
<context>
    <name>PrivacyLabels</name>
    <message>
        <source>Cloud sync with %1</source>
        <extracomment>A muted colour for secondary text (works on light and dark palettes).</extracomment>
        <translation>Cloud sync with %1</translation>
    </message>
    <message>
        <source>Integration: %1</source>
        <translation>Integration: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Privacy sections</source>
        <translation>Privacy sections</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Privacy policy</translation>
    </message>
    <message>
        <source>My consent</source>
        <translation>My consent</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>Usage data</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>Data requests</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Contact consent</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>ProgressDialogGuard</name>
    <message>
        <source>Cancel</source>
        <extracomment>Progress signals are sent at most this often (the last one is always sent). A progress dialog appears only for tasks that run longer than this. Sent last, after succeeded, failed or cancelled. Set once the worker has returned from its last signal: only then may it be deleted. What the worker held (its function, the outcome), let go of here on the GUI thread.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf)</source>
        <translation>vCard 3.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Google CSV (*.csv)</source>
        <translation>Google CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Exporting contacts…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Exported {count} contacts.</source>
        <translation>Exported {count} contacts.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeActions</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Copied. It is removed from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Copied. It is removed from the clipboard after %n second.</numerusform>
            <numerusform>Copied. It is removed from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Save the recovery code as PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>The PDF could not be written there. Choose another folder.</translation>
    </message>
    <message>
        <source>Saved as PDF. Keep the file somewhere safe, or print it and delete it.</source>
        <translation>Saved as PDF. Keep the file somewhere safe, or print it and delete it.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Your new recovery code</translation>
    </message>
    <message>
        <source>This is your new recovery code. The old one no longer works. If you forget the passphrase, this code is the only way back in: print it or write it down and keep it somewhere safe.</source>
        <translation>This is your new recovery code. The old one no longer works. If you forget the passphrase, this code is the only way back in: print it or write it down and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>I have written down or printed the recovery code</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>Save your recovery code</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Creating the encrypted workspace…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>I have written down or printed the recovery code</translation>
    </message>
    <message>
        <source>Your workspace is ready. If you forget the passphrase, this code is the only way back in. Write it down and keep it somewhere safe; it is shown only once.</source>
        <translation>Your workspace is ready. If you forget the passphrase, this code is the only way back in. Write it down and keep it somewhere safe; it is shown only once.</translation>
    </message>
    <message>
        <source>Your privacy choices could not be saved. Everything stays off; you can choose again in the Privacy screen.</source>
        <translation>Your privacy choices could not be saved. Everything stays off; you can choose again in the Privacy screen.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrint</name>
    <message>
        <source>GTG CRM recovery code</source>
        <translation>GTG CRM recovery code</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>How to use it</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this code opens the workspace: on the unlock screen choose “I forgot it: use my recovery code instead” and type the code exactly as it is printed here, with its dashes.</source>
        <translation>If you forget the passphrase, this code opens the workspace: on the unlock screen choose “I forgot it: use my recovery code instead” and type the code exactly as it is printed here, with its dashes.</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private, away from the computer. Anyone who has it and a copy of the workspace can open your data.</source>
        <translation>Keep this page somewhere safe and private, away from the computer. Anyone who has it and a copy of the workspace can open your data.</translation>
    </message>
    <message>
        <source>When you make a new recovery code, this one stops working: destroy this page and keep the new one.</source>
        <translation>When you make a new recovery code, this one stops working: destroy this page and keep the new one.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Months without activity</source>
        <translation>Months without activity</translation>
    </message>
    <message>
        <source>What happens after that</source>
        <translation>What happens after that</translation>
    </message>
    <message>
        <source>List them for my review</source>
        <translation>List them for my review</translation>
    </message>
    <message>
        <source>Anonymise them automatically</source>
        <translation>Anonymise them automatically</translation>
    </message>
    <message>
        <source>Delete them automatically</source>
        <translation>Delete them automatically</translation>
    </message>
    <message>
        <source>Save setting</source>
        <translation>Save setting</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Review now</translation>
    </message>
    <message>
        <source>Anonymise these…</source>
        <translation>Anonymise these…</translation>
    </message>
    <message>
        <source>Delete these…</source>
        <translation>Delete these…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Contacts due for review</source>
        <translation>Contacts due for review</translation>
    </message>
    <message>
        <source>Keep contacts without activity for:</source>
        <translation>Keep contacts without activity for:</translation>
    </message>
    <message>
        <source>After that:</source>
        <translation>After that:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Activity is the last edit, consent decision or message. A masked record of every contact removed is kept in the audit log.</source>
        <translation>Activity is the last edit, consent decision or message. A masked record of every contact removed is kept in the audit log.</translation>
    </message>
    <message>
        <source>Retention setting saved.</source>
        <translation>Retention setting saved.</translation>
    </message>
    <message>
        <source>Press “Review now” to list the contacts due.</source>
        <translation>Press “Review now” to list the contacts due.</translation>
    </message>
    <message>
        <source>No contact without activity since %1.</source>
        <translation>No contact without activity since %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without activity since %1:</source>
        <translation>
            <numerusform>%n contact without activity since %1:</numerusform>
            <numerusform>%n contacts without activity since %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n contact for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n contacts for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n contact(s)? Names, addresses, e-mails, phones and notes are removed for good.</source>
        <translation>
            <numerusform>Anonymise %n contact? Names, addresses, e-mails, phones and notes are removed for good.</numerusform>
            <numerusform>Anonymise %n contacts? Names, addresses, e-mails, phones and notes are removed for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying retention…</source>
        <translation>Applying retention…</translation>
    </message>
    <message numerus="yes">
        <source>Retention applied to %n contact(s).</source>
        <translation>
            <numerusform>Retention applied to %n contact.</numerusform>
            <numerusform>Retention applied to %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduledRetention</name>
    <message numerus="yes">
        <source>%n inactive contact(s) deleted under your retention setting.</source>
        <translation>
            <numerusform>%n inactive contact deleted under your retention setting.</numerusform>
            <numerusform>%n inactive contacts deleted under your retention setting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contact(s) anonymised under your retention setting.</source>
        <translation>
            <numerusform>%n inactive contact anonymised under your retention setting.</numerusform>
            <numerusform>%n inactive contacts anonymised under your retention setting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Lock after minutes without input</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Lock the window after (minutes):</source>
        <translation>Lock the window after (minutes):</translation>
    </message>
    <message>
        <source>After a lock, unlock with this computer&apos;s keychain (no passphrase)</source>
        <translation>After a lock, unlock with this computer&apos;s keychain (no passphrase)</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Regions offered first for phone numbers typed without a country code.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Default phone region</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>Hijri (Umm al-Qura)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>A new language is applied when GTG CRM starts again.</source>
        <translation>A new language is applied when GTG CRM starts again.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are in:</source>
        <translation>Phone numbers without a country code are in:</translation>
    </message>
    <message>
        <source>Show dates in the calendar:</source>
        <translation>Show dates in the calendar:</translation>
    </message>
    <message>
        <source>Digits in dates and times:</source>
        <translation>Digits in dates and times:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as SA.</source>
        <translation>Use a two-letter country code such as SA.</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Language changed</translation>
    </message>
    <message>
        <source>The new language is used after GTG CRM restarts. Your data is saved. Restart now?</source>
        <translation>The new language is used after GTG CRM restarts. Your data is saved. Restart now?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in to your GTG cloud workspace to keep the contacts and templates of this computer in step with your colleagues. Everything keeps working offline.</source>
        <extracomment>The sign-in fields do not need the whole width of a large window.</extracomment>
        <translation>Sign in to your GTG cloud workspace to keep the contacts and templates of this computer in step with your colleagues. Everything keeps working offline.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Fill in the server address, your e-mail and your password.</source>
        <translation>Fill in the server address, your e-mail and your password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>GTG CRM is already open for this workspace; its window is shown.</source>
        <extracomment>How long a second instance tries to reach the first (which may still be starting). At start the server listens this long after the claim, once the window has painted (a second instance keeps trying to reach it for CONNECT_WAIT_S).</extracomment>
        <translation>GTG CRM is already open for this workspace; its window is shown.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>Contact</source>
        <extracomment>The conflict id of a row. The Conflict of a row. The account data request (a dict from sync.privacy.account_requests) of a row. Fields whose values are e-mail addresses, phone numbers or codes: shown left to right. A value longer than this is cut in the table (the tooltip holds all of it).</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Template image</source>
        <translation>Template image</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>Data request</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>The fields of contacts and templates, as a person names them (context &quot;SyncModels&quot;).</extracomment>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Other details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Content (HTML)</source>
        <translation>Content (HTML)</translation>
    </message>
    <message>
        <source>Plain-text content</source>
        <translation>Plain-text content</translation>
    </message>
    <message>
        <source>Writing direction</source>
        <translation>Writing direction</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>The whole record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>In the cloud</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kept, with changes</source>
        <translation>Kept, with changes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>The cloud found the change invalid</source>
        <translation>The cloud found the change invalid</translation>
    </message>
    <message>
        <source>An image of the template did not reach the cloud</source>
        <translation>An image of the template did not reach the cloud</translation>
    </message>
    <message>
        <source>The record no longer exists in the cloud</source>
        <translation>The record no longer exists in the cloud</translation>
    </message>
    <message>
        <source>Your account may not make this change</source>
        <translation>Your account may not make this change</translation>
    </message>
    <message>
        <source>The change is too large</source>
        <translation>The change is too large</translation>
    </message>
    <message>
        <source>Refused without a reason</source>
        <translation>Refused without a reason</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refused on</source>
        <translation>Refused on</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Export my data</translation>
    </message>
    <message>
        <source>Delete my account data</source>
        <translation>Delete my account data</translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation>Correct my data</translation>
    </message>
    <message>
        <source>Object to processing</source>
        <translation>Object to processing</translation>
    </message>
    <message>
        <source>Waiting to be sent with the next sync</source>
        <translation>Waiting to be sent with the next sync</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received by the cloud</source>
        <translation>Received by the cloud</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>Last news</translation>
    </message>
    <message>
        <source>Its image could not be downloaded from the cloud yet</source>
        <translation>Its image could not be downloaded from the cloud yet</translation>
    </message>
    <message>
        <source>This kind of record needs a newer version of the app</source>
        <translation>This kind of record needs a newer version of the app</translation>
    </message>
    <message>
        <source>It belongs to a record that is not on this computer yet</source>
        <translation>It belongs to a record that is not on this computer yet</translation>
    </message>
    <message>
        <source>The cloud sent details this app cannot read</source>
        <translation>The cloud sent details this app cannot read</translation>
    </message>
    <message>
        <source>It could not be saved on this computer</source>
        <translation>It could not be saved on this computer</translation>
    </message>
    <message>
        <source>It could not be applied</source>
        <translation>It could not be applied</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Cloud account</source>
        <extracomment>The first automatic sync after start-up waits this long (the window comes first). Progress from the pull phase is sent with this total (the feed&apos;s size is not known).</extracomment>
        <translation>Cloud account</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>Account data in the cloud</source>
        <translation>Account data in the cloud</translation>
    </message>
    <message>
        <source>Address book (CardDAV)</source>
        <translation>Address book (CardDAV)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>Refused changes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this computer wait to be sent.</source>
        <translation>
            <numerusform>%n change of this computer waits to be sent.</numerusform>
            <numerusform>%n changes of this computer wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change of this computer has been sent.</source>
        <translation>Every change of this computer has been sent.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>The server cannot be reached. Check the address and your connection.</translation>
    </message>
    <message>
        <source>Signed in. The first sync starts now.</source>
        <translation>Signed in. The first sync starts now.</translation>
    </message>
    <message>
        <source>Signed out of sync</source>
        <translation>Signed out of sync</translation>
    </message>
    <message>
        <source>Signed out. The data on this computer stays.</source>
        <translation>Signed out. The data on this computer stays.</translation>
    </message>
    <message>
        <source>Sign in first to sync.</source>
        <translation>Sign in first to sync.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n change(s) received</source>
        <translation>
            <numerusform>Syncing… %n change received</numerusform>
            <numerusform>Syncing… %n changes received</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… sending %1 of %2</source>
        <translation>Syncing… sending %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) wait for your choice in the Sync tab.</source>
        <translation>
            <numerusform>%n new conflict waits for your choice in the Sync tab.</numerusform>
            <numerusform>%n new conflicts wait for your choice in the Sync tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped; it continues next time.</source>
        <translation>Sync stopped; it continues next time.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to keep syncing.</source>
        <translation>Your sign-in has expired. Sign in again to keep syncing.</translation>
    </message>
    <message>
        <source>Offline: the sync server cannot be reached</source>
        <translation>Offline: the sync server cannot be reached</translation>
    </message>
    <message>
        <source>Sync stopped: sign in again</source>
        <translation>Sync stopped: sign in again</translation>
    </message>
    <message>
        <source>Sync stopped: the server&apos;s identity could not be verified</source>
        <translation>Sync stopped: the server&apos;s identity could not be verified</translation>
    </message>
    <message>
        <source>Sync paused: the server is busy, trying again later</source>
        <translation>Sync paused: the server is busy, trying again later</translation>
    </message>
    <message>
        <source>Sync failed: the server had a problem, trying again later</source>
        <translation>Sync failed: the server had a problem, trying again later</translation>
    </message>
    <message>
        <source>Sync failed: the server refused the request</source>
        <translation>Sync failed: the server refused the request</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept</source>
        <translation>Sync failed; your changes are kept</translation>
    </message>
    <message>
        <source>Conflict resolved; your choice is sent with the next sync.</source>
        <translation>Conflict resolved; your choice is sent with the next sync.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Not applied yet</translation>
    </message>
    <message>
        <source>Not applied yet (%1)</source>
        <translation>Not applied yet (%1)</translation>
    </message>
    <message>
        <source>Sync paused: the server answers too slowly, trying again later</source>
        <translation>Sync paused: the server answers too slowly, trying again later</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>E-mail</source>
        <extracomment>The template id of a row. The Template of a row.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>%1 · marketing</source>
        <translation>%1 · marketing</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>TemplatesScreen</name>
    <message>
        <source>Search templates</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <source>Search templates…</source>
        <translation>Search templates…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>All templates</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>E-mail templates</translation>
    </message>
    <message>
        <source>Landing pages</source>
        <translation>Landing pages</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Add the sample templates</source>
        <translation>Add the sample templates</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Template name</source>
        <extracomment>The body tabs, by index.</extracomment>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Transactional (orders, appointments)</source>
        <translation>Transactional (orders, appointments)</translation>
    </message>
    <message>
        <source>Marketing (offers, newsletters)</source>
        <translation>Marketing (offers, newsletters)</translation>
    </message>
    <message>
        <source>Marketing templates are never rendered for contacts who objected to marketing.</source>
        <translation>Marketing templates are never rendered for contacts who objected to marketing.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Right to left (Arabic)</source>
        <translation>Right to left (Arabic)</translation>
    </message>
    <message>
        <source>Left to right (English)</source>
        <translation>Left to right (English)</translation>
    </message>
    <message>
        <source>Insert merge field</source>
        <translation>Insert merge field</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML body</translation>
    </message>
    <message>
        <source>Write the HTML here; put merge fields such as {{ contact.given_name }} where the contact&apos;s details go.</source>
        <translation>Write the HTML here; put merge fields such as {{ contact.given_name }} where the contact&apos;s details go.</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Plain-text body</translation>
    </message>
    <message>
        <source>The plain-text version of the e-mail. Left empty, it is made from the HTML.</source>
        <translation>The plain-text version of the e-mail. Left empty, it is made from the HTML.</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Attached images</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>Add image…</translation>
    </message>
    <message>
        <source>Insert into HTML</source>
        <translation>Insert into HTML</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Images are stored encrypted with the template and shown in the HTML as cid:NAME.</source>
        <translation>Images are stored encrypted with the template and shown in the HTML as cid:NAME.</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Template body</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Template error</source>
        <translation>Template error</translation>
    </message>
    <message>
        <source>Show the line</source>
        <translation>Show the line</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The contact the preview uses when the workspace has none, or when it is chosen. An opening block tag with no `dir` attribute (the HTML is nh3&apos;s normalised output).</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Find a contact for the preview</source>
        <translation>Find a contact for the preview</translation>
    </message>
    <message>
        <source>Find a contact…</source>
        <translation>Find a contact…</translation>
    </message>
    <message>
        <source>Preview for contact</source>
        <translation>Preview for contact</translation>
    </message>
    <message>
        <source>Subject as the contact sees it</source>
        <translation>Subject as the contact sees it</translation>
    </message>
    <message>
        <source>Preview of the HTML</source>
        <translation>Preview of the HTML</translation>
    </message>
    <message>
        <source>Preview of the plain text</source>
        <translation>Preview of the plain text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Refresh the preview</source>
        <translation>Refresh the preview</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>No template matches.</translation>
    </message>
    <message>
        <source>No templates yet. Write one with “New template”, or start from the samples.</source>
        <translation>No templates yet. Write one with “New template”, or start from the samples.</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>Save the changes to this template?</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(not saved yet)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Attach images</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) attached.</source>
        <translation>
            <numerusform>%n image attached.</numerusform>
            <numerusform>%n images attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the image “%1” from this template?</source>
        <translation>Remove the image “%1” from this template?</translation>
    </message>
    <message>
        <source>The image cannot be attached: %1</source>
        <translation>The image cannot be attached: %1</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Delete the template “%1” and its images? This cannot be undone.</source>
        <translation>Delete the template “%1” and its images? This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation>Deleted the template “%1”.</translation>
    </message>
    <message>
        <source>Sample contact (%1)</source>
        <translation>Sample contact (%1)</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>Your business address</source>
        <translation>Your business address</translation>
    </message>
    <message>
        <source>Page title: %1</source>
        <translation>Page title: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>These images are not attached: %1</source>
        <translation>These images are not attached: %1</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB.</source>
        <translation>%1 is larger than 5 MB.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 is not an image.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock GTG CRM</source>
        <translation>Unlock GTG CRM</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Passphrase</source>
        <extracomment>A message was shown under the field (a dialog may need to grow for it).</extracomment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery code instead</source>
        <translation>I forgot it: use my recovery code instead</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Enter the passphrase of this workspace, or leave it empty to unlock with this computer&apos;s keychain.</source>
        <translation>Enter the passphrase of this workspace, or leave it empty to unlock with this computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Enter the passphrase of this workspace.</source>
        <translation>Enter the passphrase of this workspace.</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you created the workspace.</source>
        <translation>Enter the recovery code you saved when you created the workspace.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Type the recovery code first.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Type the passphrase first.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Wrong passphrase. Check the keyboard language and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>This recovery code does not open the workspace. Check it and try again.</source>
        <translation>This recovery code does not open the workspace. Check it and try again.</translation>
    </message>
</context>
<context>
    <name>UsageDataPage</name>
    <message>
        <source>Delete all usage data</source>
        <translation>Delete all usage data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Recorded usage events</source>
        <translation>Recorded usage events</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>Usage data</translation>
    </message>
    <message>
        <source>Usage analytics is on. This is everything recorded, kept in your encrypted workspace; no names, e-mail addresses or other contact data.</source>
        <translation>Usage analytics is on. This is everything recorded, kept in your encrypted workspace; no names, e-mail addresses or other contact data.</translation>
    </message>
    <message>
        <source>Usage analytics is off: nothing is recorded.</source>
        <translation>Usage analytics is off: nothing is recorded.</translation>
    </message>
    <message>
        <source>Screen opened</source>
        <translation>Screen opened</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Session length</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded.</source>
        <translation>
            <numerusform>%n event recorded.</numerusform>
            <numerusform>%n events recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Nothing is recorded.</translation>
    </message>
    <message>
        <source>Delete usage data</source>
        <translation>Delete usage data</translation>
    </message>
    <message>
        <source>Delete every recorded usage event? This cannot be undone.</source>
        <translation>Delete every recorded usage event? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n usage event(s).</source>
        <translation>
            <numerusform>Deleted %n usage event.</numerusform>
            <numerusform>Deleted %n usage events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to GTG CRM</source>
        <translation>Welcome to GTG CRM</translation>
    </message>
    <message>
        <source>GTG CRM keeps your contacts and templates in an encrypted workspace on this computer. It works without the internet and syncs with your GTG cloud workspace when you are online.

The workspace will be created in this folder:</source>
        <translation>GTG CRM keeps your contacts and templates in an encrypted workspace on this computer. It works without the internet and syncs with your GTG cloud workspace when you are online.

The workspace will be created in this folder:</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Some changes were not saved before the window locked. Unlock to save them; if you quit now, they are lost.</source>
        <translation>Some changes were not saved before the window locked. Unlock to save them; if you quit now, they are lost.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>Quit and lose them</translation>
    </message>
    <message>
        <source>GTG CRM (locked)</source>
        <translation>GTG CRM (locked)</translation>
    </message>
    <message>
        <source>GTG CRM</source>
        <translation>GTG CRM</translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as numbers of this region.</source>
        <translation>Phone numbers without a country code are read as numbers of this region.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Character set</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Phone region</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.ldif *.json *.txt);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.ldif *.json *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Format: {format}. Encoding: {encoding}.</source>
        <translation>Format: {format}. Encoding: {encoding}.</translation>
    </message>
    <message>
        <source>The character set cannot be told for sure: the people below are read as {encoding}, the best guess. Choose the character set that shows their names correctly to go on.</source>
        <translation>The character set cannot be told for sure: the people below are read as {encoding}, the best guess. Choose the character set that shows their names correctly to go on.</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Columns left on “keep as a custom field” are kept, nothing is lost.</source>
        <translation>Columns left on “keep as a custom field” are kept, nothing is lost.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>keep as a custom field</source>
        <translation>keep as a custom field</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Vertical bar</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Day/month/year</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Month/day/year</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>Year/month/day</translation>
    </message>
    <message>
        <source>Columns separated by</source>
        <translation>Columns separated by</translation>
    </message>
    <message>
        <source>Dates written as</source>
        <translation>Dates written as</translation>
    </message>
    <message>
        <source>Detect automatically (found: %1)</source>
        <translation>Detect automatically (found: %1)</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>Reading the columns…</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>New: {new}. Updated (merged into existing contacts): {updated}. Unchanged: {unchanged}. Duplicates in the file: {duplicates}. Invalid rows: {invalid}. Warnings (values kept as written or left out, to check): {warnings}. Not imported because the person asked to be erased: {suppressed}.</source>
        <translation>New: {new}. Updated (merged into existing contacts): {updated}. Unchanged: {unchanged}. Duplicates in the file: {duplicates}. Invalid rows: {invalid}. Warnings (values kept as written or left out, to check): {warnings}. Not imported because the person asked to be erased: {suppressed}.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>{reason} (imported, kept as written)</source>
        <translation>{reason} (imported, kept as written)</translation>
    </message>
    <message>
        <source>{reason} (the person was imported)</source>
        <translation>{reason} (the person was imported)</translation>
    </message>
    <message>
        <source>this person asked to be erased</source>
        <translation>this person asked to be erased</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Deleted {id}.</source>
        <translation>Deleted {id}.</translation>
    </message>
    <message>
        <source>No contacts found.</source>
        <translation>No contacts found.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>Waiting for &apos;{command}&apos; (process {pid}) to finish with the workspace...</source>
        <translation>Waiting for &apos;{command}&apos; (process {pid}) to finish with the workspace...</translation>
    </message>
    <message>
        <source>Waiting for another program to finish with the workspace...</source>
        <translation>Waiting for another program to finish with the workspace...</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it); waiting up to 10 seconds...</source>
        <translation>The database is busy (another program is writing to it); waiting up to 10 seconds...</translation>
    </message>
    <message>
        <source>Workspace created in {path}.</source>
        <translation>Workspace created in {path}.</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; write it down and keep it somewhere safe):</source>
        <translation>Recovery code (shown only now; write it down and keep it somewhere safe):</translation>
    </message>
    <message>
        <source>The key is also kept in the system keychain.</source>
        <translation>The key is also kept in the system keychain.</translation>
    </message>
    <message>
        <source>No usable system keychain: the passphrase will be needed to unlock.</source>
        <translation>No usable system keychain: the passphrase will be needed to unlock.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>Data key rotated. The old recovery code no longer works; the new one is:</source>
        <translation>Data key rotated. The old recovery code no longer works; the new one is:</translation>
    </message>
    <message>
        <source>New recovery code (the old one no longer works; write this one down now):</source>
        <translation>New recovery code (the old one no longer works; write this one down now):</translation>
    </message>
    <message>
        <source>Unencrypted copy written to {path}. Keep it safe.</source>
        <translation>Unencrypted copy written to {path}. Keep it safe.</translation>
    </message>
    <message>
        <source>The database is healthy: every page decrypts and verifies, and SQLite finds no fault.</source>
        <translation>The database is healthy: every page decrypts and verifies, and SQLite finds no fault.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <source>(more problems not shown; --json lists them all)</source>
        <translation>(more problems not shown; --json lists them all)</translation>
    </message>
    <message>
        <source>Dry run of {file} ({format}, {encoding}); nothing was changed.</source>
        <translation>Dry run of {file} ({format}, {encoding}); nothing was changed.</translation>
    </message>
    <message>
        <source>Imported {file} ({format}, {encoding}) as import {id}.</source>
        <translation>Imported {file} ({format}, {encoding}) as import {id}.</translation>
    </message>
    <message>
        <source>Rows: {rows}; new: {new}; updated: {updated}; unchanged: {unchanged}; duplicates in the file: {duplicates}; invalid: {invalid}; warnings: {warnings}; suppressed (erased people): {suppressed}.</source>
        <translation>Rows: {rows}; new: {new}; updated: {updated}; unchanged: {unchanged}; duplicates in the file: {duplicates}; invalid: {invalid}; warnings: {warnings}; suppressed (erased people): {suppressed}.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {reason} (the person was imported)</source>
        <translation>Line {line}: {reason} (the person was imported)</translation>
    </message>
    <message>
        <source>Line {line}: {reason}: {value} (imported, kept as written)</source>
        <translation>Line {line}: {reason}: {value} (imported, kept as written)</translation>
    </message>
    <message>
        <source>The character set could not be told for sure; this dry run read the file as {encoding}, the best guess. To import, run the import again with --encoding {encoding} (or another character set).</source>
        <translation>The character set could not be told for sure; this dry run read the file as {encoding}, the best guess. To import, run the import again with --encoding {encoding} (or another character set).</translation>
    </message>
    <message>
        <source>Line {line}: not imported, this person asked to be erased.</source>
        <translation>Line {line}: not imported, this person asked to be erased.</translation>
    </message>
    <message>
        <source>Line {line}: merged into {id} ({fields}).</source>
        <translation>Line {line}: merged into {id} ({fields}).</translation>
    </message>
    <message>
        <source>To undo: gtgcrm import undo {id}</source>
        <translation>To undo: gtgcrm import undo {id}</translation>
    </message>
    <message>
        <source>Import {id} undone: {removed} contacts removed, {restored} restored, {skipped} skipped.</source>
        <translation>Import {id} undone: {removed} contacts removed, {restored} restored, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Contact {id} was changed after the import; it was left as it is.</source>
        <translation>Contact {id} was changed after the import; it was left as it is.</translation>
    </message>
    <message>
        <source>Contact {id} was deleted after the import.</source>
        <translation>Contact {id} was deleted after the import.</translation>
    </message>
    <message>
        <source>{id}  {time}  {file} ({format}): {rows} rows, {new} new, {updated} updated, {invalid} invalid.</source>
        <translation>{id}  {time}  {file} ({format}): {rows} rows, {new} new, {updated} updated, {invalid} invalid.</translation>
    </message>
    <message>
        <source>{id}  {time}  {file} ({format}): {rows} rows, {new} new, {updated} updated, {invalid} invalid; undone {undone}.</source>
        <translation>{id}  {time}  {file} ({format}): {rows} rows, {new} new, {updated} updated, {invalid} invalid; undone {undone}.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>Exported {count} contacts to {file}.</translation>
    </message>
    <message>
        <source>{purpose}: {status} (recorded {at}).</source>
        <translation>{purpose}: {status} (recorded {at}).</translation>
    </message>
    <message>
        <source>Export written to {path} ({count} contacts, request {request}).</source>
        <translation>Export written to {path} ({count} contacts, request {request}).</translation>
    </message>
    <message>
        <source>Encrypted export written to {path} ({count} contacts, request {request}).</source>
        <translation>Encrypted export written to {path} ({count} contacts, request {request}).</translation>
    </message>
    <message>
        <source>Decrypted export written to {path}. Keep it safe.</source>
        <translation>Decrypted export written to {path}. Keep it safe.</translation>
    </message>
    <message>
        <source>Erased {id} (request {request}; {suppressed} suppression entries).</source>
        <translation>Erased {id} (request {request}; {suppressed} suppression entries).</translation>
    </message>
    <message>
        <source>Corrected {fields} of {id} (request {request}).</source>
        <translation>Corrected {fields} of {id} (request {request}).</translation>
    </message>
    <message>
        <source>Objection recorded for {id}: excluded from direct marketing (request {request}).</source>
        <translation>Objection recorded for {id}: excluded from direct marketing (request {request}).</translation>
    </message>
    <message>
        <source>Consent ledger: {consent} entries, intact. Audit log: {audit} entries, intact.</source>
        <translation>Consent ledger: {consent} entries, intact. Audit log: {audit} entries, intact.</translation>
    </message>
    <message>
        <source>Request {id}: {kind}, {status}.</source>
        <translation>Request {id}: {kind}, {status}.</translation>
    </message>
    <message>
        <source>No data requests.</source>
        <translation>No data requests.</translation>
    </message>
    <message>
        <source>No contact without activity since {cutoff} ({months} months).</source>
        <translation>No contact without activity since {cutoff} ({months} months).</translation>
    </message>
    <message>
        <source>{count} contacts without activity since {cutoff} ({months} months):</source>
        <translation>{count} contacts without activity since {cutoff} ({months} months):</translation>
    </message>
    <message>
        <source>Done: {count} contacts {action}.</source>
        <translation>Done: {count} contacts {action}.</translation>
    </message>
    <message>
        <source>Nothing changed. Add --yes (and --action delete|anonymise) to apply.</source>
        <translation>Nothing changed. Add --yes (and --action delete|anonymise) to apply.</translation>
    </message>
    <message>
        <source>Retention: {months} months, then {action}.</source>
        <translation>Retention: {months} months, then {action}.</translation>
    </message>
    <message>
        <source>Deleted {count} usage events.</source>
        <translation>Deleted {count} usage events.</translation>
    </message>
    <message>
        <source>No usage events are recorded.</source>
        <translation>No usage events are recorded.</translation>
    </message>
    <message>
        <source>Privacy policy version {version} acknowledged.</source>
        <translation>Privacy policy version {version} acknowledged.</translation>
    </message>
    <message>
        <source>Version {version}, effective {date}.</source>
        <translation>Version {version}, effective {date}.</translation>
    </message>
    <message>
        <source>Export passphrase: </source>
        <translation>Export passphrase: </translation>
    </message>
    <message>
        <source>Repeat the export passphrase: </source>
        <translation>Repeat the export passphrase: </translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>off (never set)</source>
        <translation>off (never set)</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Password for {email}: </translation>
    </message>
    <message>
        <source>Signed in to {server} as {email}; tokens kept in the {where}.</source>
        <translation>Signed in to {server} as {email}; tokens kept in the {where}.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Pulled {pulled}, pushed {pushed}, conflicts {conflicts}, rejected {rejected}.</source>
        <translation>Pulled {pulled}, pushed {pushed}, conflicts {conflicts}, rejected {rejected}.</translation>
    </message>
    <message>
        <source>{count} contact(s) of this computer were folded into the same people&apos;s contacts from the cloud instead of being added twice.</source>
        <translation>{count} contact(s) of this computer were folded into the same people&apos;s contacts from the cloud instead of being added twice.</translation>
    </message>
    <message>
        <source>{count} conflict(s) wait for you: gtgcrm sync conflicts.</source>
        <translation>{count} conflict(s) wait for you: gtgcrm sync conflicts.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>No refused changes.</translation>
    </message>
    <message>
        <source>Resolved {id} ({choice}); it is sent with the next sync.</source>
        <translation>Resolved {id} ({choice}); it is sent with the next sync.</translation>
    </message>
    <message>
        <source>Address book password for {username}: </source>
        <translation>Address book password for {username}: </translation>
    </message>
    <message>
        <source>Address book {url} added for {username}; password kept in the {where}.</source>
        <translation>Address book {url} added for {username}; password kept in the {where}.</translation>
    </message>
    <message>
        <source>Address book removed; the contacts on this computer are kept.</source>
        <translation>Address book removed; the contacts on this computer are kept.</translation>
    </message>
    <message>
        <source>Warning: the address book was removed, but the cards of {count} erased contact(s) remain on the address book server; delete them there.</source>
        <translation>Warning: the address book was removed, but the cards of {count} erased contact(s) remain on the address book server; delete them there.</translation>
    </message>
    <message>
        <source>{count} card(s) of erased people were not imported.</source>
        <translation>{count} card(s) of erased people were not imported.</translation>
    </message>
    <message>
        <source>{count} card(s) were paired with contacts already here (the same person).</source>
        <translation>{count} card(s) were paired with contacts already here (the same person).</translation>
    </message>
    <message>
        <source>Pulled {pulled}, pushed {pushed}, conflicts {conflicts}.</source>
        <translation>Pulled {pulled}, pushed {pushed}, conflicts {conflicts}.</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>system keychain</translation>
    </message>
    <message>
        <source>encrypted workspace</source>
        <translation>encrypted workspace</translation>
    </message>
    <message>
        <source>{count} change(s) from the cloud could not be applied here yet; they are tried again at each sync (see the Sync tab).</source>
        <translation>{count} change(s) from the cloud could not be applied here yet; they are tried again at each sync (see the Sync tab).</translation>
    </message>
    <message>
        <source>Backup written to {path} (contacts: {contacts}).</source>
        <translation>Backup written to {path} (contacts: {contacts}).</translation>
    </message>
    <message>
        <source>No backups in {path}.</source>
        <translation>No backups in {path}.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>The backup is healthy (contacts: {contacts}; made {created_at}).</source>
        <translation>The backup is healthy (contacts: {contacts}; made {created_at}).</translation>
    </message>
    <message>
        <source>Backup restored into {path} (contacts: {contacts}).</source>
        <translation>Backup restored into {path} (contacts: {contacts}).</translation>
    </message>
    <message>
        <source>The workspace that was there was moved (not deleted) to {path}.</source>
        <translation>The workspace that was there was moved (not deleted) to {path}.</translation>
    </message>
    <message>
        <source>People erased after the backup was made, erased again: {count}.</source>
        <translation>People erased after the backup was made, erased again: {count}.</translation>
    </message>
    <message>
        <source>Its next sync first pulls what changed elsewhere since the backup, then pushes.</source>
        <translation>Its next sync first pulls what changed elsewhere since the backup, then pushes.</translation>
    </message>
    <message>
        <source>Passphrase of the workspace here (its erasures are re-applied to the backup): </source>
        <translation>Passphrase of the workspace here (its erasures are re-applied to the backup): </translation>
    </message>
    <message>
        <source>Warning: the current workspace could not be opened, so its erasures were not re-applied; those synced to the cloud are applied at the next sync.</source>
        <translation>Warning: the current workspace could not be opened, so its erasures were not re-applied; those synced to the cloud are applied at the next sync.</translation>
    </message>
    <message>
        <source>Old automatic backups of the replaced workspace are left in {path}; delete them by hand when no longer needed.</source>
        <translation>Old automatic backups of the replaced workspace are left in {path}; delete them by hand when no longer needed.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>%1 AH</source>
        <extracomment>Times of day are written on the 24-hour clock everywhere (lists, status bar). Set once at start from the machine settings (`set_date_style`).</extracomment>
        <translation>%1 AH</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Internal error ({kind}); details are in {log}.</source>
        <extracomment>Modules of `gtgcrm_desktop.commands` that are not command groups.</extracomment>
        <translation>Internal error ({kind}); details are in {log}.</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>Interrupted; nothing was changed.</translation>
    </message>
    <message>
        <source>Usage error: {detail}</source>
        <translation>Usage error: {detail}</translation>
    </message>
    <message>
        <source>Custom fields are written KEY=VALUE, not {value}.</source>
        <translation>Custom fields are written KEY=VALUE, not {value}.</translation>
    </message>
    <message>
        <source>Cannot clear {value}.</source>
        <translation>Cannot clear {value}.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>Cannot read {path}.</translation>
    </message>
    <message>
        <source>Give the new passphrase (GTGCRM_NEW_PASSPHRASE or --new-passphrase-file).</source>
        <translation>Give the new passphrase (GTGCRM_NEW_PASSPHRASE or --new-passphrase-file).</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use at least 12 characters, for example four unrelated words, or give --allow-weak to use it anyway.</source>
        <translation>This passphrase is too easy to guess. Use at least 12 characters, for example four unrelated words, or give --allow-weak to use it anyway.</translation>
    </message>
    <message>
        <source>{path} exists and is not a file of yours that can be replaced; choose another name.</source>
        <translation>{path} exists and is not a file of yours that can be replaced; choose another name.</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>There is no setting called {key}.</translation>
    </message>
    <message>
        <source>{value} is not a valid value for {key}.</source>
        <translation>{value} is not a valid value for {key}.</translation>
    </message>
    <message>
        <source>Give the current passphrase (GTGCRM_PASSPHRASE or --passphrase-file).</source>
        <extracomment>A damaged file may yield a problem line per page: show the first lines.</extracomment>
        <translation>Give the current passphrase (GTGCRM_PASSPHRASE or --passphrase-file).</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <extracomment>Parameters whose values are themselves translatable, with their context.</extracomment>
        <translation>An internal error occurred.</translation>
    </message>
    <message>
        <source>The input was refused.</source>
        <translation>The input was refused.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <translation>No {entity} with id {id}.</translation>
    </message>
    <message>
        <source>A workspace already exists in {path}.</source>
        <translation>A workspace already exists in {path}.</translation>
    </message>
    <message>
        <source>The workspace cannot be unlocked.</source>
        <translation>The workspace cannot be unlocked.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>Unknown recovery code.</source>
        <translation>Unknown recovery code.</translation>
    </message>
    <message>
        <source>No key in the system keychain for this workspace; give the passphrase (GTGCRM_PASSPHRASE or --passphrase-file).</source>
        <translation>No key in the system keychain for this workspace; give the passphrase (GTGCRM_PASSPHRASE or --passphrase-file).</translation>
    </message>
    <message>
        <source>No workspace in {path}; create one with &apos;gtgcrm init&apos;.</source>
        <translation>No workspace in {path}; create one with &apos;gtgcrm init&apos;.</translation>
    </message>
    <message>
        <source>The workspace in {path} is damaged: {detail}.</source>
        <translation>The workspace in {path} is damaged: {detail}.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of GTG CRM (schema {found}, this version knows up to {known}); update the app.</source>
        <translation>This workspace was written by a newer version of GTG CRM (schema {found}, this version knows up to {known}); update the app.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: {detail}.</source>
        <translation>The system keychain could not be used: {detail}.</translation>
    </message>
    <message>
        <source>The workspace in {path} is damaged: part of its database cannot be read. Restore your latest backup (&apos;gtgcrm backup list&apos;, then &apos;gtgcrm backup restore FILE --to DIR&apos;).</source>
        <translation>The workspace in {path} is damaged: part of its database cannot be read. Restore your latest backup (&apos;gtgcrm backup list&apos;, then &apos;gtgcrm backup restore FILE --to DIR&apos;).</translation>
    </message>
    <message>
        <source>The workspace is open in the GTG CRM app (process {pid}); close the app and try again.</source>
        <translation>The workspace is open in the GTG CRM app (process {pid}); close the app and try again.</translation>
    </message>
    <message>
        <source>The workspace is in use by &apos;{command}&apos; (process {pid}); try again when it has finished.</source>
        <translation>The workspace is in use by &apos;{command}&apos; (process {pid}); try again when it has finished.</translation>
    </message>
    <message>
        <source>The workspace is in use by another program; try again when it has finished.</source>
        <translation>The workspace is in use by another program; try again when it has finished.</translation>
    </message>
    <message>
        <source>The database stayed busy for more than {seconds} seconds (another program is writing to it); nothing was changed. Try again.</source>
        <translation>The database stayed busy for more than {seconds} seconds (another program is writing to it); nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Cannot use {path}: {reason}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>it already exists</translation>
    </message>
    <message>
        <source>the operating system refused it</source>
        <translation>the operating system refused it</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>not a valid e-mail address</translation>
    </message>
    <message>
        <source>not a valid phone number</source>
        <translation>not a valid phone number</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD, or --MM-DD when the year is unknown)</source>
        <translation>not a date (use YYYY-MM-DD, or --MM-DD when the year is unknown)</translation>
    </message>
    <message>
        <source>a contact needs a name, an organisation or an e-mail address</source>
        <translation>a contact needs a name, an organisation or an e-mail address</translation>
    </message>
    <message>
        <source>not a known region code</source>
        <translation>not a known region code</translation>
    </message>
    <message>
        <source>nothing identifies this person: no name, organisation, e-mail or phone</source>
        <translation>nothing identifies this person: no name, organisation, e-mail or phone</translation>
    </message>
    <message>
        <source>a custom field with a value needs a name</source>
        <translation>a custom field with a value needs a name</translation>
    </message>
    <message>
        <source>two custom fields have the same name</source>
        <translation>two custom fields have the same name</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>The file was refused.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}.</source>
        <translation>Cannot read {file}: {detail}.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {detail}.</source>
        <translation>Cannot write {file}: {detail}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 (first bad byte at offset {offset}) and does not look like Arabic Windows-1256 text; save it as UTF-8 and try again.</source>
        <translation>{file} is not valid UTF-8 (first bad byte at offset {offset}) and does not look like Arabic Windows-1256 text; save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 (first bad byte at offset {offset}) and its character set cannot be told for sure; it looks like {guess}. Check a dry run or the preview, then import it with --encoding {guess} (or choose the character set in the import window).</source>
        <translation>{file} is not valid UTF-8 (first bad byte at offset {offset}) and its character set cannot be told for sure; it looks like {guess}. Check a dry run or the preview, then import it with --encoding {guess} (or choose the character set in the import window).</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} (first bad byte at offset {offset}); choose another character set.</source>
        <translation>{file} is not valid {encoding} (first bad byte at offset {offset}); choose another character set.</translation>
    </message>
    <message>
        <source>{encoding} is not a known character set (try utf-8, windows-1252, shift_jis).</source>
        <translation>{encoding} is not a known character set (try utf-8, windows-1252, shift_jis).</translation>
    </message>
    <message>
        <source>{region} is not a known phone region; give a two-letter country code (SA, AE, US, DE).</source>
        <translation>{region} is not a known phone region; give a two-letter country code (SA, AE, US, DE).</translation>
    </message>
    <message>
        <source>{file} starts with a {encoding} byte order mark but is not valid {encoding} (first bad byte at offset {offset}).</source>
        <translation>{file} starts with a {encoding} byte order mark but is not valid {encoding} (first bad byte at offset {offset}).</translation>
    </message>
    <message>
        <source>{file} looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a byte order mark.</source>
        <translation>{file} looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a byte order mark.</translation>
    </message>
    <message>
        <source>{file} is a binary file, not a contacts file.</source>
        <translation>{file} is a binary file, not a contacts file.</translation>
    </message>
    <message>
        <source>The format of {file} was not recognised; choose it with --format.</source>
        <translation>The format of {file} was not recognised; choose it with --format.</translation>
    </message>
    <message>
        <source>{file} is not a {format} file: {detail}.</source>
        <translation>{file} is not a {format} file: {detail}.</translation>
    </message>
    <message>
        <source>{file} cannot be read at line {line}: {detail}.</source>
        <translation>{file} cannot be read at line {line}: {detail}.</translation>
    </message>
    <message>
        <source>The column mapping is not valid: {detail}.</source>
        <translation>The column mapping is not valid: {detail}.</translation>
    </message>
    <message>
        <source>The column mapping gives the column {column} an unknown field {target}.</source>
        <translation>The column mapping gives the column {column} an unknown field {target}.</translation>
    </message>
    <message>
        <source>The column mapping names a column {column} that the file does not have.</source>
        <translation>The column mapping names a column {column} that the file does not have.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>No import with id {id}.</source>
        <translation>No import with id {id}.</translation>
    </message>
    <message>
        <source>The import {id} was already undone.</source>
        <translation>The import {id} was already undone.</translation>
    </message>
    <message>
        <source>No merge with id {id}.</source>
        <translation>No merge with id {id}.</translation>
    </message>
    <message>
        <source>The merge {id} was already undone.</source>
        <translation>The merge {id} was already undone.</translation>
    </message>
    <message>
        <source>{property}: {detail}</source>
        <translation>{property}: {detail}</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>the card has no END:VCARD line; the person was imported with the lines read</source>
        <translation>the card has no END:VCARD line; the person was imported with the lines read</translation>
    </message>
    <message>
        <source>a card inside this card (an AGENT, or a missing END:VCARD) was imported as a person of its own</source>
        <translation>a card inside this card (an AGENT, or a missing END:VCARD) was imported as a person of its own</translation>
    </message>
    <message>
        <source>a line outside BEGIN:VCARD ... END:VCARD</source>
        <translation>a line outside BEGIN:VCARD ... END:VCARD</translation>
    </message>
    <message>
        <source>The columns of {file} were not recognised as Google, Outlook, Thunderbird or Yahoo columns; give a column mapping (--map).</source>
        <translation>The columns of {file} were not recognised as Google, Outlook, Thunderbird or Yahoo columns; give a column mapping (--map).</translation>
    </message>
    <message>
        <source>a line of the card is not a vCard property</source>
        <translation>a line of the card is not a vCard property</translation>
    </message>
    <message>
        <source>a value is not valid quoted-printable or base64, or not in its character set</source>
        <translation>a value is not valid quoted-printable or base64, or not in its character set</translation>
    </message>
    <message>
        <source>the value was not in the character set it names, or names none; it was read in the file&apos;s character set or as Windows-1252</source>
        <translation>the value was not in the character set it names, or names none; it was read in the file&apos;s character set or as Windows-1252</translation>
    </message>
    <message>
        <source>a line that is not a vCard property was skipped; the rest of the card was read</source>
        <translation>a line that is not a vCard property was skipped; the rest of the card was read</translation>
    </message>
    <message>
        <source>the value is too long and was left out</source>
        <translation>the value is too long and was left out</translation>
    </message>
    <message>
        <source>the photo cannot be decoded (not valid base64) and was left out</source>
        <translation>the photo cannot be decoded (not valid base64) and was left out</translation>
    </message>
    <message>
        <source>the photo is larger than 1 MB and was left out</source>
        <translation>the photo is larger than 1 MB and was left out</translation>
    </message>
    <message>
        <source>it holds no BEGIN:VCARD</source>
        <translation>it holds no BEGIN:VCARD</translation>
    </message>
    <message>
        <source>the CSV structure is broken (unclosed quote or a field too long)</source>
        <translation>the CSV structure is broken (unclosed quote or a field too long)</translation>
    </message>
    <message>
        <source>it has no header row</source>
        <translation>it has no header row</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>it is not valid JSON</translation>
    </message>
    <message>
        <source>it has no list of contacts</source>
        <translation>it has no list of contacts</translation>
    </message>
    <message>
        <source>an entry of the contact list is not a contact</source>
        <translation>an entry of the contact list is not a contact</translation>
    </message>
    <message>
        <source>it must be a JSON object of column names to fields</source>
        <translation>it must be a JSON object of column names to fields</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>{value} is not a valid {what}; use one of: {choices}.</source>
        <translation>{value} is not a valid {what}; use one of: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a consent source; use one of: {choices}.</source>
        <translation>{value} is not a consent source; use one of: {choices}.</translation>
    </message>
    <message>
        <source>Usage event names are short identifiers (a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;-&apos;), never free text.</source>
        <translation>Usage event names are short identifiers (a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;-&apos;), never free text.</translation>
    </message>
    <message>
        <source>Data request {id} is already closed ({status}).</source>
        <translation>Data request {id} is already closed ({status}).</translation>
    </message>
    <message>
        <source>Data request {id} is a {kind} request for {subject}, not for this action.</source>
        <translation>Data request {id} is a {kind} request for {subject}, not for this action.</translation>
    </message>
    <message>
        <source>This cannot be undone; add --yes to confirm.</source>
        <translation>This cannot be undone; add --yes to confirm.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>Give the export passphrase (GTGCRM_EXPORT_PASSPHRASE or --export-passphrase-file).</source>
        <translation>Give the export passphrase (GTGCRM_EXPORT_PASSPHRASE or --export-passphrase-file).</translation>
    </message>
    <message>
        <source>{path} is not an encrypted GTG CRM export.</source>
        <translation>{path} is not an encrypted GTG CRM export.</translation>
    </message>
    <message>
        <source>{path} uses export format {version}; update the app to open it.</source>
        <translation>{path} uses export format {version}; update the app to open it.</translation>
    </message>
    <message>
        <source>Cannot open {path}: wrong passphrase, or the file is damaged or incomplete.</source>
        <translation>Cannot open {path}: wrong passphrase, or the file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Tampering detected. Consent ledger entries: {consent}. Audit log entries: {audit}.</source>
        <translation>Tampering detected. Consent ledger entries: {consent}. Audit log entries: {audit}.</translation>
    </message>
    <message>
        <source>Nothing to correct: no field was changed.</source>
        <translation>Nothing to correct: no field was changed.</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 1200 months, not {value}.</source>
        <translation>The retention period must be between 1 and 1200 months, not {value}.</translation>
    </message>
    <message>
        <source>{path} asks for more than GTG CRM ever writes (a far higher decryption cost); it was not opened.</source>
        <translation>{path} asks for more than GTG CRM ever writes (a far higher decryption cost); it was not opened.</translation>
    </message>
    <message>
        <source>{path} is larger than any export GTG CRM writes; nothing was opened.</source>
        <translation>{path} is larger than any export GTG CRM writes; nothing was opened.</translation>
    </message>
    <message>
        <source>{path} would unpack to more than GTG CRM ever writes (too many or too large files); nothing was written.</source>
        <translation>{path} would unpack to more than GTG CRM ever writes (too many or too large files); nothing was written.</translation>
    </message>
    <message>
        <source>{path} holds a file named {name} that cannot be unpacked safely; nothing was written.</source>
        <translation>{path} holds a file named {name} that cannot be unpacked safely; nothing was written.</translation>
    </message>
    <message>
        <source>A contact with id {id} already exists.</source>
        <translation>A contact with id {id} already exists.</translation>
    </message>
    <message>
        <source>the database cannot be decrypted with its key, or is not a database</source>
        <translation>the database cannot be decrypted with its key, or is not a database</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>the database file is damaged</translation>
    </message>
    <message>
        <source>its key file is unreadable</source>
        <extracomment>Argon2id cost: 64 MiB, 2 passes, 4 lanes (about 0.2 s here; above OWASP&apos;s minimums). Crockford base32: no I, L, O, U, so a code read aloud or retyped is not misread.</extracomment>
        <translation>its key file is unreadable</translation>
    </message>
    <message>
        <source>its key file asks for a far higher unlocking cost than GTG CRM ever writes</source>
        <translation>its key file asks for a far higher unlocking cost than GTG CRM ever writes</translation>
    </message>
    <message>
        <source>its database file is missing</source>
        <translation>its database file is missing</translation>
    </message>
    <message>
        <source>its key file is missing</source>
        <translation>its key file is missing</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>its key file no longer matches the key this window holds; open it again</source>
        <translation>its key file no longer matches the key this window holds; open it again</translation>
    </message>
    <message>
        <source>Warning: a key rotation was cut short before its new recovery code was shown, so the old recovery code no longer works. Get a new one now with &apos;gtgcrm key recovery-code&apos;.</source>
        <extracomment>Shown at open (CLI: on stderr; app: Workspace.pending_notice) until a new code is shown.</extracomment>
        <translation>Warning: a key rotation was cut short before its new recovery code was shown, so the old recovery code no longer works. Get a new one now with &apos;gtgcrm key recovery-code&apos;.</translation>
    </message>
    <message>
        <source>{part}, line {line}: the “{block}” block is never closed.</source>
        <translation>{part}, line {line}: the “{block}” block is never closed.</translation>
    </message>
    <message>
        <source>{part}, line {line}: the template ends in the middle of a tag.</source>
        <translation>{part}, line {line}: the template ends in the middle of a tag.</translation>
    </message>
    <message>
        <source>{part}, line {line}: unexpected “{token}”.</source>
        <translation>{part}, line {line}: unexpected “{token}”.</translation>
    </message>
    <message>
        <source>{part}, line {line}: expected “{expected}” but found “{found}”.</source>
        <translation>{part}, line {line}: expected “{expected}” but found “{found}”.</translation>
    </message>
    <message>
        <source>{part}, line {line}: unknown tag “{tag}”.</source>
        <translation>{part}, line {line}: unknown tag “{tag}”.</translation>
    </message>
    <message>
        <source>{part}, line {line}: unknown filter “{name}”.</source>
        <translation>{part}, line {line}: unknown filter “{name}”.</translation>
    </message>
    <message>
        <source>{part}, line {line}: a field or value is missing before “{found}”.</source>
        <translation>{part}, line {line}: a field or value is missing before “{found}”.</translation>
    </message>
    <message>
        <source>{part}, line {line}: unknown test “{name}”.</source>
        <translation>{part}, line {line}: unknown test “{name}”.</translation>
    </message>
    <message>
        <source>The template cannot be rendered.</source>
        <translation>The template cannot be rendered.</translation>
    </message>
    <message>
        <source>{part}, line {line}: unknown merge field {field}.</source>
        <translation>{part}, line {line}: unknown merge field {field}.</translation>
    </message>
    <message>
        <source>{part}, line {line}: syntax error: {detail}.</source>
        <translation>{part}, line {line}: syntax error: {detail}.</translation>
    </message>
    <message>
        <source>{part}, line {line}: the template does something that is not allowed.</source>
        <translation>{part}, line {line}: the template does something that is not allowed.</translation>
    </message>
    <message>
        <source>{part}, line {line}: “{attribute}” cannot be used in a template.</source>
        <translation>{part}, line {line}: “{attribute}” cannot be used in a template.</translation>
    </message>
    <message>
        <source>{part}, line {line}: the template loops too much or produces too much text.</source>
        <translation>{part}, line {line}: the template loops too much or produces too much text.</translation>
    </message>
    <message>
        <source>{part}: the template loops too much or produces too much text.</source>
        <translation>{part}: the template loops too much or produces too much text.</translation>
    </message>
    <message>
        <source>{part}, line {line}: {detail}.</source>
        <translation>{part}, line {line}: {detail}.</translation>
    </message>
    <message>
        <source>This contact may not receive marketing ({reason}); the template was not rendered.</source>
        <translation>This contact may not receive marketing ({reason}); the template was not rendered.</translation>
    </message>
    <message>
        <source>The template is not valid: {detail}.</source>
        <translation>The template is not valid: {detail}.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <extracomment>Compiled parts kept (the editor&apos;s and a mail merge&apos;s few templates, three parts each), when their source is at most `CACHED_SOURCE` characters.</extracomment>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>the kind must be an e-mail or a landing page</source>
        <translation>the kind must be an e-mail or a landing page</translation>
    </message>
    <message>
        <source>the direction must be right-to-left or left-to-right</source>
        <translation>the direction must be right-to-left or left-to-right</translation>
    </message>
    <message>
        <source>the purpose must be transactional or marketing</source>
        <translation>the purpose must be transactional or marketing</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept and will be sent later.</source>
        <translation>Sync failed; your changes are kept and will be sent later.</translation>
    </message>
    <message>
        <source>The sync server {server} cannot be reached; your changes are kept and will be sent later.</source>
        <translation>The sync server {server} cannot be reached; your changes are kept and will be sent later.</translation>
    </message>
    <message>
        <source>The sync server is busy; try again in a few minutes (your changes are kept).</source>
        <translation>The sync server is busy; try again in a few minutes (your changes are kept).</translation>
    </message>
    <message>
        <source>The sync server failed ({status}); try again later (your changes are kept).</source>
        <translation>The sync server failed ({status}); try again later (your changes are kept).</translation>
    </message>
    <message>
        <source>The identity of the sync server {server} could not be verified (TLS certificate); nothing was sent.</source>
        <translation>The identity of the sync server {server} could not be verified (TLS certificate); nothing was sent.</translation>
    </message>
    <message>
        <source>The sync server refused the request ({status}: {code}).</source>
        <translation>The sync server refused the request ({status}: {code}).</translation>
    </message>
    <message>
        <source>Sign in to the sync server again: gtgcrm sync login --server URL --email E.</source>
        <translation>Sign in to the sync server again: gtgcrm sync login --server URL --email E.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>Wrong e-mail or password.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (got {url}).</source>
        <translation>The server address must start with https:// (got {url}).</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way: {detail}.</source>
        <translation>This conflict cannot be resolved that way: {detail}.</translation>
    </message>
    <message>
        <source>The sync server {server} answered with a redirect (HTTP {status}), which is not followed: nothing was sent elsewhere. Check the server address.</source>
        <translation>The sync server {server} answered with a redirect (HTTP {status}), which is not followed: nothing was sent elsewhere. Check the server address.</translation>
    </message>
    <message>
        <source>The sync server {server} took longer than {seconds} seconds to send its answer; your changes are kept and will be sent later.</source>
        <translation>The sync server {server} took longer than {seconds} seconds to send its answer; your changes are kept and will be sent later.</translation>
    </message>
    <message>
        <source>The sync server {server} sent a larger answer than GTG CRM accepts; your changes are kept and will be sent later.</source>
        <translation>The sync server {server} sent a larger answer than GTG CRM accepts; your changes are kept and will be sent later.</translation>
    </message>
    <message>
        <source>Give the import id: gtgcrm import undo IMPORT_ID</source>
        <translation>Give the import id: gtgcrm import undo IMPORT_ID</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>Give one file to import.</translation>
    </message>
    <message>
        <source>gtgcrm import list takes no import id.</source>
        <translation>gtgcrm import list takes no import id.</translation>
    </message>
    <message>
        <source>The decrypted export is not a valid zip file.</source>
        <translation>The decrypted export is not a valid zip file.</translation>
    </message>
    <message>
        <source>Give the cloud password (GTGCRM_CLOUD_PASSWORD, or run on a terminal).</source>
        <translation>Give the cloud password (GTGCRM_CLOUD_PASSWORD, or run on a terminal).</translation>
    </message>
    <message>
        <source>Choose local, remote or --value VALUE.</source>
        <translation>Choose local, remote or --value VALUE.</translation>
    </message>
    <message>
        <source>a deleted-versus-edited conflict is resolved as local or remote, not with a value</source>
        <translation>a deleted-versus-edited conflict is resolved as local or remote, not with a value</translation>
    </message>
    <message>
        <source>it is already resolved</source>
        <translation>it is already resolved</translation>
    </message>
    <message>
        <source>The address book server refused the user name or password; add the account again: gtgcrm carddav add --url URL --username U.</source>
        <translation>The address book server refused the user name or password; add the account again: gtgcrm carddav add --url URL --username U.</translation>
    </message>
    <message>
        <source>The password of the address book {url} is not kept on this device (a restored workspace or a new data key); add it again: gtgcrm carddav add --url {url} --username U.</source>
        <translation>The password of the address book {url} is not kept on this device (a restored workspace or a new data key); add it again: gtgcrm carddav add --url {url} --username U.</translation>
    </message>
    <message>
        <source>No address book is set up: gtgcrm carddav add --url URL --username U.</source>
        <translation>No address book is set up: gtgcrm carddav add --url URL --username U.</translation>
    </message>
    <message>
        <source>The address book was not removed: the cards of {count} erased contact(s) are still on the address book server, which cannot be reached or refused to delete them. Try again when the server can be reached, or remove it anyway (those cards then stay on the server): gtgcrm carddav remove --force.</source>
        <translation>The address book was not removed: the cards of {count} erased contact(s) are still on the address book server, which cannot be reached or refused to delete them. Try again when the server can be reached, or remove it anyway (those cards then stay on the server): gtgcrm carddav remove --force.</translation>
    </message>
    <message>
        <source>No CardDAV address book was found at {url}.</source>
        <translation>No CardDAV address book was found at {url}.</translation>
    </message>
    <message>
        <source>The address book server refused the request ({status}); nothing was changed.</source>
        <translation>The address book server refused the request ({status}); nothing was changed.</translation>
    </message>
    <message>
        <source>A card on the address book server cannot be read.</source>
        <translation>A card on the address book server cannot be read.</translation>
    </message>
    <message>
        <source>The address book server sent an answer that cannot be read ({detail}).</source>
        <translation>The address book server sent an answer that cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>The address book server sent an answer larger than {megabytes} MB; the sync stopped and what was not saved yet will be tried again next time.</source>
        <translation>The address book server sent an answer larger than {megabytes} MB; the sync stopped and what was not saved yet will be tried again next time.</translation>
    </message>
    <message>
        <source>The address book server did not finish answering within {seconds} seconds; the sync stopped and what was not saved yet will be tried again next time.</source>
        <translation>The address book server did not finish answering within {seconds} seconds; the sync stopped and what was not saved yet will be tried again next time.</translation>
    </message>
    <message>
        <source>The address book server has no room left (507); {count} change(s) stay on this computer and are sent at the next sync once there is room.</source>
        <translation>The address book server has no room left (507); {count} change(s) stay on this computer and are sent at the next sync once there is room.</translation>
    </message>
    <message>
        <source>The address book server sent us on to another server ({url}); the password was not sent there. If that address is right, add it instead: gtgcrm carddav add --url URL.</source>
        <translation>The address book server sent us on to another server ({url}); the password was not sent there. If that address is right, add it instead: gtgcrm carddav add --url URL.</translation>
    </message>
    <message>
        <source>This account has several address books: {names}. Choose one with --address-book NAME.</source>
        <translation>This account has several address books: {names}. Choose one with --address-book NAME.</translation>
    </message>
    <message>
        <source>There is no address book called {name} on this account; it has: {names}.</source>
        <translation>There is no address book called {name} on this account; it has: {names}.</translation>
    </message>
    <message>
        <source>Give the address book password (GTGCRM_CARDDAV_PASSWORD, or run on a terminal).</source>
        <translation>Give the address book password (GTGCRM_CARDDAV_PASSWORD, or run on a terminal).</translation>
    </message>
    <message>
        <source>The sync server {server} did not answer within {seconds} seconds, several times; your changes are kept and will be sent later.</source>
        <translation>The sync server {server} did not answer within {seconds} seconds, several times; your changes are kept and will be sent later.</translation>
    </message>
    <message>
        <source>Only an export (access) or a deletion (erasure) can be asked of the cloud.</source>
        <translation>Only an export (access) or a deletion (erasure) can be asked of the cloud.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <extracomment>Key slots a backup carries: both open the data key on any computer. Bounds for the small entries of a file that may come from anywhere. Numbers a manifest may hold (SQLite&apos;s own integer range). At most four times each default Argon2 cost: a slot asking for more (1 GiB x 64 passes would take minutes and all memory) is not one this app wrote. A backup has three entries; its central directory is read only when it is about that small (zipfile reads it whole: 600,000 empty entries took 3 s and 350 MB).</extracomment>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>it is not a GTG CRM backup</source>
        <translation>it is not a GTG CRM backup</translation>
    </message>
    <message>
        <source>it was made by a newer version of GTG CRM</source>
        <translation>it was made by a newer version of GTG CRM</translation>
    </message>
    <message>
        <source>its database does not match its manifest (the file is truncated or altered)</source>
        <translation>its database does not match its manifest (the file is truncated or altered)</translation>
    </message>
    <message>
        <source>the integrity check found damaged pages</source>
        <translation>the integrity check found damaged pages</translation>
    </message>
    <message>
        <source>The backup {path} is damaged: {detail}.</source>
        <translation>The backup {path} is damaged: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not empty; restore into a new or empty folder.</source>
        <translation>{path} is not empty; restore into a new or empty folder.</translation>
    </message>
    <message>
        <source>The window is locked; unlock it to back up.</source>
        <translation>The window is locked; unlock it to back up.</translation>
    </message>
    <message>
        <source>The workspace in {path} did not unlock with what was given, so the people erased in it would come back with the backup; nothing was changed. Give its passphrase with --current-passphrase-file FILE, or the recovery code with --recovery-code-file FILE.</source>
        <translation>The workspace in {path} did not unlock with what was given, so the people erased in it would come back with the backup; nothing was changed. Give its passphrase with --current-passphrase-file FILE, or the recovery code with --recovery-code-file FILE.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>given_name</source>
        <extracomment>Fields a column can be mapped to, with the label the GUI shows for each.</extracomment>
        <translation>Given name</translation>
    </message>
    <message>
        <source>family_name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>display_name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>custom_fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>city</source>
        <translation>City</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>postal_code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>lawful basis</source>
        <translation>lawful basis</translation>
    </message>
    <message>
        <source>request kind</source>
        <translation>request kind</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>template image</source>
        <translation>template image</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML body</translation>
    </message>
    <message>
        <source>plain-text body</source>
        <translation>plain-text body</translation>
    </message>
    <message>
        <source>data request</source>
        <translation>data request</translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>UTF-32 LE</source>
        <translation>UTF-32 LE</translation>
    </message>
    <message>
        <source>UTF-32 BE</source>
        <translation>UTF-32 BE</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (Arabic)</translation>
    </message>
    <message>
        <source>character sets named in the file</source>
        <translation>character sets named in the file</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <extracomment>Formats an import can name; &quot;auto&quot; detects one of the others.</extracomment>
        <translation>Google Contacts CSV</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>Outlook CSV</translation>
    </message>
    <message>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird CSV</translation>
    </message>
    <message>
        <source>Yahoo Mail CSV</source>
        <translation>Yahoo Mail CSV</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV with a column mapping</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>LDIF address book</source>
        <translation>LDIF address book</translation>
    </message>
    <message>
        <source>GTG CRM JSON</source>
        <translation>GTG CRM JSON</translation>
    </message>
</context>
<context>
    <name>merge_fields</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>Attributes of `contact`, with their labels (the order of the menu).</extracomment>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>E-mail (first)</source>
        <translation>E-mail (first)</translation>
    </message>
    <message>
        <source>Phone (first)</source>
        <translation>Phone (first)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>City (first address)</source>
        <translation>City (first address)</translation>
    </message>
    <message>
        <source>Country (first address)</source>
        <translation>Country (first address)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Business name</source>
        <extracomment>`contact.custom` is a mapping of the contact&apos;s custom fields, not in the menu itself. Attributes of `business`, with their labels.</extracomment>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Business e-mail</source>
        <translation>Business e-mail</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Business phone</translation>
    </message>
    <message>
        <source>Business website</source>
        <translation>Business website</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Business address</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <extracomment>Top-level values other than the two namespaces.</extracomment>
        <translation>Unsubscribe link</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Marketing e-mail</source>
        <extracomment>The subject id of the user&apos;s own account (there is one account per workspace). Purposes named after a connected account or integration: &quot;sync:&lt;server&gt;&quot;, &quot;integration:&lt;name&gt;&quot;. The channel of an objection: it covers every channel at once. Where an account consent decision may come from: a fixed list, never free text. Labels for the UI and CLI (context &quot;privacy&quot;); keys are the stored words.</extracomment>
        <translation>Marketing e-mail</translation>
    </message>
    <message>
        <source>Personalised ads</source>
        <translation>Personalised ads</translation>
    </message>
    <message>
        <source>Usage analytics</source>
        <translation>Usage analytics</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direct marketing</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vital interests</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Public task</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>access</source>
        <translation>access</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>erasure</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>objection</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>privacy tab</source>
        <translation>privacy tab</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>first run</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>the consent records cannot be read, so marketing is held back</source>
        <translation>the consent records cannot be read, so marketing is held back</translation>
    </message>
    <message>
        <source>Allowed: the contact consented to this channel.</source>
        <translation>Allowed: the contact consented to this channel.</translation>
    </message>
    <message>
        <source>Allowed: marketing on this channel has a recorded lawful basis.</source>
        <translation>Allowed: marketing on this channel has a recorded lawful basis.</translation>
    </message>
    <message>
        <source>Excluded: the contact objected to direct marketing.</source>
        <translation>Excluded: the contact objected to direct marketing.</translation>
    </message>
    <message>
        <source>Excluded: the contact withdrew consent for this channel.</source>
        <translation>Excluded: the contact withdrew consent for this channel.</translation>
    </message>
    <message>
        <source>Excluded: no marketing consent is recorded for this channel.</source>
        <translation>Excluded: no marketing consent is recorded for this channel.</translation>
    </message>
    <message>
        <source>Excluded: the contact has no address for this channel.</source>
        <translation>Excluded: the contact has no address for this channel.</translation>
    </message>
    <message>
        <source>Excluded: this person asked to be erased (suppression list).</source>
        <translation>Excluded: this person asked to be erased (suppression list).</translation>
    </message>
    <message>
        <source>Excluded: no such contact.</source>
        <translation>Excluded: no such contact.</translation>
    </message>
</context>
</TS>
