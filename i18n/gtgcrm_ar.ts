<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountConsentPage</name>
    <message>
        <source>Time</source>
        <extracomment>The consent state was (re)loaded or changed; carries whether usage analytics is on.</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>إصدار السياسة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>سجل الموافقات</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>موافقتك</translation>
    </message>
    <message>
        <source>Each choice takes effect at once and is kept in a tamper-evident history. Withdrawing is as easy as granting.</source>
        <translation>يسري كل اختيار فورًا ويُحفظ في سجل يكشف أي عبث. وسحب الموافقة سهل كمنحها.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>News and offers from GTG CRM by e-mail.</source>
        <translation>أخبار وعروض GTG CRM عبر البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Ads chosen for you from how you use the service.</source>
        <translation>إعلانات مختارة لك بناءً على طريقة استخدامك للخدمة.</translation>
    </message>
    <message>
        <source>Screens opened, actions and session length (policy section 1.2).</source>
        <translation>الشاشات المفتوحة والإجراءات ومدة الجلسة (البند 1.2 من السياسة).</translation>
    </message>
    <message>
        <source>Sharing data with this connected account.</source>
        <translation>مشاركة البيانات مع هذا الحساب المرتبط.</translation>
    </message>
    <message>
        <source>Off (never chosen)</source>
        <translation>معطّلة (لم تُختر قط)</translation>
    </message>
    <message>
        <source>On since %1</source>
        <translation>مفعّلة منذ %1</translation>
    </message>
    <message>
        <source>Off since %1</source>
        <translation>معطّلة منذ %1</translation>
    </message>
    <message>
        <source>%1: granted.</source>
        <translation>%1: مُنحت الموافقة.</translation>
    </message>
    <message>
        <source>%1: withdrawn.</source>
        <translation>%1: سُحبت الموافقة.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
</context>
<context>
    <name>AccountDataPanel</name>
    <message>
        <source>Ask GTG for a copy of everything your cloud account holds, or for its deletion. Requests are sent with the next sync and their answer shows here. The data on this computer is not touched.</source>
        <extracomment>The kind of data request to send (&quot;access&quot; or &quot;erasure&quot;). Save the archive of a completed export request (the request dict).</extracomment>
        <translation>اطلب من GTG نسخة من كل ما يحتويه حسابك السحابي، أو اطلب حذفه. تُرسل الطلبات مع المزامنة التالية ويظهر الرد عليها هنا. ولا تتأثر البيانات الموجودة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>تصدير بياناتي</translation>
    </message>
    <message>
        <source>Delete my account data…</source>
        <translation>حذف بيانات حسابي…</translation>
    </message>
    <message>
        <source>Save the export…</source>
        <translation>حفظ ملف التصدير…</translation>
    </message>
    <message>
        <source>Account data requests</source>
        <translation>طلبات بيانات الحساب</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>لم يُرسل أي طلب بعد.</translation>
    </message>
    <message>
        <source>Delete my account data</source>
        <translation>حذف بيانات حسابي</translation>
    </message>
    <message>
        <source>Ask GTG to delete the data of your cloud account? The contacts and templates on this computer stay, but nothing can be synced after the deletion.</source>
        <translation>هل تريد أن تطلب من GTG حذف بيانات حسابك السحابي؟ ستبقى جهات الاتصال والقوالب على هذا الجهاز، لكن لن تكون المزامنة ممكنة بعد الحذف.</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Sync state</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>سُجّل الدخول باسم %1 على %2.</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Street and building</source>
        <translation>الشارع والمبنى</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Then</source>
        <extracomment>Labels of the keys stored in audit details (context &quot;AuditDetails&quot;).</extracomment>
        <translation>بعد ذلك</translation>
    </message>
    <message>
        <source>After (masked)</source>
        <translation>بعد التصحيح (محجوبة)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Before (masked)</source>
        <translation>قبل التصحيح (محجوبة)</translation>
    </message>
    <message>
        <source>Change-log entries blanked</source>
        <translation>قيود سجل التغييرات التي أُفرغت</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Consent entries redacted</source>
        <translation>قيود الموافقة التي حُجبت نصوصها</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>No activity since</source>
        <translation>بلا نشاط منذ</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>حُذفت من الخادم</translation>
    </message>
    <message>
        <source>Deleted contacts cleaned up</source>
        <translation>جهات اتصال محذوفة أُزيلت بقاياها</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>ترميز النص</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <source>Erasure entries added</source>
        <translation>قيود الإتلاف المضافة</translation>
    </message>
    <message>
        <source>Contacts erased</source>
        <translation>جهات الاتصال التي أُتلفت بياناتها</translation>
    </message>
    <message>
        <source>Consent entry id</source>
        <translation>معرّف قيد الموافقة</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>الحقول المعدّلة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Import id</source>
        <translation>معرّف الاستيراد</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>الأساس النظامي</translation>
    </message>
    <message>
        <source>Was (masked)</source>
        <translation>البيانات السابقة (محجوبة)</translation>
    </message>
    <message>
        <source>Merge id</source>
        <translation>معرّف الدمج</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>المُزالة</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>المستعادة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>المتروكة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>E-mails and phones blocked from re-import</source>
        <translation>عناوين وأرقام مُنعت من إعادة الاستيراد</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>إصدار السياسة</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>Labels of the parts of a masked contact and of an import&apos;s row counts.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <source>read</source>
        <translation>المقروءة</translation>
    </message>
    <message>
        <source>new</source>
        <translation>الجديدة</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>المحدّثة</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>المكررة</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>غير الصالحة</translation>
    </message>
    <message>
        <source>at the person’s request</source>
        <extracomment>Why a contact was erased or anonymised, and the other stored words without a privacy label.</extracomment>
        <translation>بناءً على طلب صاحب البيانات</translation>
    </message>
    <message>
        <source>under the retention setting</source>
        <translation>وفق إعداد الاحتفاظ</translation>
    </message>
    <message>
        <source>list them for review</source>
        <translation>عرضها للمراجعة</translation>
    </message>
    <message>
        <source>anonymise them automatically</source>
        <translation>إخفاء هويتها تلقائيًا</translation>
    </message>
    <message>
        <source>delete them automatically</source>
        <translation>حذفها تلقائيًا</translation>
    </message>
    <message>
        <source>start-up notice</source>
        <translation>تنبيه بدء التشغيل</translation>
    </message>
    <message>
        <source>because the person had asked to be erased</source>
        <translation>لأن صاحب البيانات طلب إتلافها</translation>
    </message>
    <message>
        <source>from the cloud</source>
        <translation>من السحابة</translation>
    </message>
    <message>
        <source>from the address book</source>
        <translation>من دفتر العناوين</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>The merged contacts were restored.</source>
        <translation>استُعيدت جهات الاتصال التي دُمجت.</translation>
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
        <translation>%1 (الاسم السابق: %2)</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>الحقول المصحّحة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted zip of %n file(s)</source>
        <translation>
            <numerusform>ملف مضغوط مشفّر لا يضم أي ملف</numerusform>
            <numerusform>ملف مضغوط مشفّر يضم ملفًا واحدًا</numerusform>
            <numerusform>ملف مضغوط مشفّر يضم ملفين</numerusform>
            <numerusform>ملف مضغوط مشفّر يضم %n ملفات</numerusform>
            <numerusform>ملف مضغوط مشفّر يضم %n ملفًا</numerusform>
            <numerusform>ملف مضغوط مشفّر يضم %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unencrypted zip of %n file(s)</source>
        <translation>
            <numerusform>ملف مضغوط غير مشفّر لا يضم أي ملف</numerusform>
            <numerusform>ملف مضغوط غير مشفّر يضم ملفًا واحدًا</numerusform>
            <numerusform>ملف مضغوط غير مشفّر يضم ملفين</numerusform>
            <numerusform>ملف مضغوط غير مشفّر يضم %n ملفات</numerusform>
            <numerusform>ملف مضغوط غير مشفّر يضم %n ملفًا</numerusform>
            <numerusform>ملف مضغوط غير مشفّر يضم %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, from the %2</source>
        <translation>الإصدار %1، من %2</translation>
    </message>
    <message>
        <source>Request type: %1</source>
        <translation>نوع الطلب: %1</translation>
    </message>
    <message>
        <source>Request type: %1 · status: %2</source>
        <translation>نوع الطلب: %1 · الحالة: %2</translation>
    </message>
    <message>
        <source>Period: %1 · then: %2</source>
        <translation>المدة: %1 · بعدها: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contact(s) deleted</source>
        <translation>
            <numerusform>لم تُحذف أي جهة اتصال غير نشطة</numerusform>
            <numerusform>حُذفت جهة اتصال واحدة غير نشطة</numerusform>
            <numerusform>حُذفت جهتا اتصال غير نشطتين</numerusform>
            <numerusform>حُذفت %n جهات اتصال غير نشطة</numerusform>
            <numerusform>حُذفت %n جهة اتصال غير نشطة</numerusform>
            <numerusform>حُذفت %n جهة اتصال غير نشطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contact(s) anonymised</source>
        <translation>
            <numerusform>لم تُخفَ هوية أي جهة اتصال غير نشطة</numerusform>
            <numerusform>أُخفيت هوية جهة اتصال واحدة غير نشطة</numerusform>
            <numerusform>أُخفيت هوية جهتَي اتصال غير نشطتين</numerusform>
            <numerusform>أُخفيت هوية %n جهات اتصال غير نشطة</numerusform>
            <numerusform>أُخفيت هوية %n جهة اتصال غير نشطة</numerusform>
            <numerusform>أُخفيت هوية %n جهة اتصال غير نشطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usage event(s) deleted</source>
        <translation>
            <numerusform>لم يُحذف أي حدث استخدام</numerusform>
            <numerusform>حُذف حدث استخدام واحد</numerusform>
            <numerusform>حُذف حدثا استخدام</numerusform>
            <numerusform>حُذفت %n أحداث استخدام</numerusform>
            <numerusform>حُذف %n حدث استخدام</numerusform>
            <numerusform>حُذف %n حدث استخدام</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1: %2 جديدة، %3 محدّثة</translation>
    </message>
    <message>
        <source>%1 removed, %2 restored</source>
        <translation>المُزالة: %1، المستعادة: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) to %1</source>
        <translation>
            <numerusform>لا جهات اتصال إلى %1</numerusform>
            <numerusform>جهة اتصال واحدة إلى %1</numerusform>
            <numerusform>جهتا اتصال إلى %1</numerusform>
            <numerusform>%n جهات اتصال إلى %1</numerusform>
            <numerusform>%n جهة اتصال إلى %1</numerusform>
            <numerusform>%n جهة اتصال إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other contact(s) merged into this one</source>
        <translation>
            <numerusform>لم تُدمج فيها أي جهة اتصال أخرى</numerusform>
            <numerusform>دُمجت فيها جهة اتصال أخرى</numerusform>
            <numerusform>دُمجت فيها جهتا اتصال أخريان</numerusform>
            <numerusform>دُمجت فيها %n جهات اتصال أخرى</numerusform>
            <numerusform>دُمجت فيها %n جهة اتصال أخرى</numerusform>
            <numerusform>دُمجت فيها %n جهة اتصال أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Account consent changed</source>
        <extracomment>The AuditEntry of a row. The stored action word of a row (&quot;contact.erased&quot;). Everything about a row in words: subject, summary and each detail, one per line. Labels of the actions written to the audit log (context &quot;AuditLogModel&quot;).</extracomment>
        <translation>تغيّرت موافقة الحساب</translation>
    </message>
    <message>
        <source>Contact consent recorded</source>
        <translation>سُجّلت موافقة جهة اتصال</translation>
    </message>
    <message>
        <source>Contact anonymised</source>
        <translation>أُخفيت هوية جهة اتصال</translation>
    </message>
    <message>
        <source>Contact corrected</source>
        <translation>صُحّحت بيانات جهة اتصال</translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>أُتلفت بيانات جهة اتصال</translation>
    </message>
    <message>
        <source>Data export made</source>
        <translation>أُجري تصدير للبيانات</translation>
    </message>
    <message>
        <source>Privacy policy acknowledged</source>
        <translation>سُجّل الاطلاع على سياسة الخصوصية</translation>
    </message>
    <message>
        <source>Data request opened</source>
        <translation>فُتح طلب بيانات</translation>
    </message>
    <message>
        <source>Data request updated</source>
        <translation>حُدّث طلب بيانات</translation>
    </message>
    <message>
        <source>Retention setting changed</source>
        <translation>تغيّر إعداد الاحتفاظ</translation>
    </message>
    <message>
        <source>Retention applied</source>
        <translation>طُبّق إعداد الاحتفاظ</translation>
    </message>
    <message>
        <source>Usage data deleted</source>
        <translation>حُذفت بيانات الاستخدام</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>استُوردت جهات اتصال</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>تم التراجع عن استيراد</translation>
    </message>
    <message>
        <source>Contacts exported</source>
        <translation>صُدّرت جهات اتصال</translation>
    </message>
    <message>
        <source>Contacts merged</source>
        <translation>دُمجت جهات اتصال</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>تم التراجع عن دمج</translation>
    </message>
    <message>
        <source>Change from the cloud refused (erased person)</source>
        <translation>رُفض تغيير وارد من السحابة (شخص أُتلفت بياناته)</translation>
    </message>
    <message>
        <source>Erasures applied again</source>
        <translation>أُعيد تطبيق إتلاف البيانات</translation>
    </message>
    <message>
        <source>Erased person’s card deleted from the address book</source>
        <translation>حُذفت من دفتر العناوين بطاقة شخص أُتلفت بياناته</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>دفتر العناوين</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>The first page for the current filter has arrived.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by action</source>
        <translation>التصفية حسب الإجراء</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>Filter by subject</source>
        <translation>التصفية حسب العنصر</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>كل العناصر</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>معرّف العنصر</translation>
    </message>
    <message>
        <source>Filter by subject id</source>
        <translation>التصفية حسب معرّف العنصر</translation>
    </message>
    <message>
        <source>Verify chains</source>
        <translation>التحقق من السلامة</translation>
    </message>
    <message>
        <source>Check that no entry of the consent ledger or audit log was changed</source>
        <translation>التحقق من أن أي قيد في سجل الموافقات أو سجل التدقيق لم يُغيَّر</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>تفاصيل القيد المحدد</translation>
    </message>
    <message>
        <source>Select an entry to see all of its details.</source>
        <translation>اختر قيدًا لعرض كل تفاصيله.</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>الإجراء:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>العنصر:</translation>
    </message>
    <message>
        <source>Append-only and hash-chained. It holds ids and masked values only, never names, e-mail addresses or phone numbers in full.</source>
        <translation>تُضاف القيود إليه ولا تُعدَّل، وكل قيد مرتبط بما قبله ببصمة تشفيرية. لا يحتوي إلا على المعرّفات والقيم المحجوبة، ولا يحتوي أبدًا على أسماء أو عناوين بريد إلكتروني أو أرقام هواتف كاملة.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; scroll for more</source>
        <translation>
            <numerusform>لا توجد قيود معروضة</numerusform>
            <numerusform>قيد واحد معروض، مرّر لأسفل لعرض المزيد</numerusform>
            <numerusform>قيدان معروضان، مرّر لأسفل لعرض المزيد</numerusform>
            <numerusform>%n قيود معروضة، مرّر لأسفل لعرض المزيد</numerusform>
            <numerusform>%n قيدًا معروضًا، مرّر لأسفل لعرض المزيد</numerusform>
            <numerusform>%n قيد معروض، مرّر لأسفل لعرض المزيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>لا توجد قيود معروضة</numerusform>
            <numerusform>قيد واحد معروض</numerusform>
            <numerusform>قيدان معروضان</numerusform>
            <numerusform>%n قيود معروضة</numerusform>
            <numerusform>%n قيدًا معروضًا</numerusform>
            <numerusform>القيود المعروضة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Intact: %1 consent entries and %2 audit entries checked, none changed.</source>
        <translation>السجلات سليمة: فُحصت قيود الموافقات (%1) وقيود التدقيق (%2)، ولم يتغيّر أي منها.</translation>
    </message>
    <message>
        <source>Tampering detected. Consent ledger entries: %1. Audit log entries: %2.</source>
        <translation>اكتُشف عبث بالسجلات. قيود سجل الموافقات: %1. قيود سجل التدقيق: %2.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup failed: %1</source>
        <extracomment>The attribute of the AppContext that holds its scheduler (a plain reference cycle that the collector can free, unlike a module-level registry). The last backup or failure changed (the status text is new).</extracomment>
        <translation>تعذّر النسخ الاحتياطي: %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>النسخ الاحتياطي التلقائي متوقف</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Damaged</source>
        <extracomment>Lists the folder (in the background): `list_backups(folder)` in the app. The path of a row&apos;s file.</extracomment>
        <translation>تالفة</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميجابايت</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Change folder…</source>
        <translation>تغيير المجلد…</translation>
    </message>
    <message>
        <source>Hours between automatic backups</source>
        <translation>الساعات بين النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Backups are made when GTG CRM closes and at this interval while it is open. Kept: one a day for %1 days, one a week for %2 more weeks, one a month for %3 more months.</source>
        <translation>تُنشأ نسخة احتياطية عند إغلاق البرنامج، وعلى فترات بهذا الطول أثناء تشغيله. يُحتفظ بنسخة لكل يوم لمدة %1 أيام، ثم بنسخة لكل أسبوع لمدة %2 أسابيع أخرى، ثم بنسخة لكل شهر لمدة %3 شهرًا أخرى.</translation>
    </message>
    <message>
        <source>Backups are encrypted and open with your passphrase or recovery code. A person you erase can remain inside older backups until they are pruned (at most %1 months); restoring a backup erases them again.</source>
        <translation>النسخ الاحتياطية مشفرة، وتُفتح بعبارة المرور أو برمز الاسترداد. قد تبقى بيانات شخص أتلفتها داخل النسخ الأقدم حتى تُحذف تلقائيًا (%1 شهرًا على الأكثر)، وعند استعادة نسخة منها تُتلف بياناته مجددًا.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>Restore into a new folder…</source>
        <translation>استعادة إلى مجلد جديد…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Back up every (hours):</source>
        <translation>نسخة احتياطية كل (ساعات):</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>تعذّر النسخ الاحتياطي: %1</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>اختر نسخة احتياطية من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored workspace</source>
        <translation>اختر مجلدًا فارغًا لمساحة العمل المستعادة</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder.</source>
        <translation>المجلد %1 ليس فارغًا؛ اختر مجلدًا جديدًا أو فارغًا.</translation>
    </message>
    <message>
        <source>The passphrase in use when the backup was made:</source>
        <translation>عبارة المرور التي كانت مستخدمة عند إنشاء النسخة:</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The backup was restored into %1. People erased again because they were erased after the backup was made: %2.

Open the restored workspace now? GTG CRM restarts with it; this workspace stays as it is.</source>
        <translation>استُعيدت النسخة الاحتياطية إلى %1. عدد الأشخاص الذين أُتلفت بياناتهم مجددًا لأنها أُتلفت بعد إنشاء النسخة: %2.

هل تريد فتح مساحة العمل المستعادة الآن؟ سيُعاد تشغيل البرنامج بها، وتبقى مساحة العمل الحالية كما هي.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>فتحها الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>BirthdayField</name>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>هجري</translation>
    </message>
    <message>
        <source>Calendar of the birthday</source>
        <translation>تقويم تاريخ الميلاد</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (Hijri)</source>
        <translation>بالهجري، مثال: ‎1410-06-08‎</translation>
    </message>
    <message>
        <source>The Hijri (Umm al-Qura) date, e.g. 1410-06-08; it is kept as Gregorian</source>
        <translation>التاريخ الهجري (تقويم أم القرى)، مثل ‎1410-06-08‎؛ ويُحفظ بما يوافقه من التاريخ الميلادي</translation>
    </message>
    <message>
        <source>Gregorian: %1</source>
        <translation>الموافق بالميلادي: %1</translation>
    </message>
    <message>
        <source>Hijri: %1</source>
        <translation>الموافق بالهجري: %1</translation>
    </message>
</context>
<context>
    <name>CardDavPanel</name>
    <message>
        <source>Keep the contacts of this computer in step with an address book on a CardDAV server (Nextcloud, Radicale, iCloud, Fastmail and others).</source>
        <translation>أبقِ جهات الاتصال على هذا الحاسوب متوافقة مع دفتر عناوين على خادم CardDAV (مثل Nextcloud وRadicale وiCloud وFastmail وغيرها).</translation>
    </message>
    <message>
        <source>Address book server</source>
        <translation>خادم دفتر العناوين</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Find address books</source>
        <translation>ابحث عن دفاتر العناوين</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>دفتر العناوين</translation>
    </message>
    <message>
        <source>Use this address book</source>
        <translation>استخدم هذا الدفتر</translation>
    </message>
    <message>
        <source>Sync address book now</source>
        <translation>زامن دفتر العناوين الآن</translation>
    </message>
    <message>
        <source>Remove address book</source>
        <translation>أزل دفتر العناوين</translation>
    </message>
    <message>
        <source>Address book %1, user %2.</source>
        <translation>دفتر العناوين %1، المستخدم %2.</translation>
    </message>
    <message>
        <source>Last sync: pulled %1, pushed %2, paired %3, conflicts %4.</source>
        <translation>آخر مزامنة: استُلم %1، وأُرسل %2، ورُبط %3، والتعارضات %4.</translation>
    </message>
    <message>
        <source>Fill in the address book server, your user name and your password.</source>
        <translation>اكتب عنوان خادم دفتر العناوين واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Syncing the address book…</source>
        <translation>تجري مزامنة دفتر العناوين…</translation>
    </message>
</context>
<context>
    <name>CloudAccountSection</name>
    <message>
        <source>This workspace is not signed in to the GTG cloud, so no request can be sent there. Sign in on the Sync screen to ask GTG for a copy or the deletion of your cloud account data.</source>
        <extracomment>Rows of cloud requests shown without scrolling.</extracomment>
        <translation>مساحة العمل هذه غير مسجَّلة الدخول إلى سحابة GTG، لذا لا يمكن إرسال أي طلب إليها. سجّل الدخول من شاشة المزامنة لتطلب من GTG نسخة من بيانات حسابك السحابي أو حذفها.</translation>
    </message>
    <message>
        <source>Open the Sync screen to sign in</source>
        <translation>فتح شاشة المزامنة لتسجيل الدخول</translation>
    </message>
    <message>
        <source>Your account data in the GTG cloud</source>
        <translation>بيانات حسابك في سحابة GTG</translation>
    </message>
</context>
<context>
    <name>CloudRequests</name>
    <message>
        <source>This request was already made; its answer shows here.</source>
        <translation>سبق تقديم هذا الطلب؛ وسيظهر الرد عليه هنا.</translation>
    </message>
    <message>
        <source>Request saved; it is being sent to the cloud.</source>
        <translation>حُفظ الطلب؛ وجارٍ إرساله إلى السحابة.</translation>
    </message>
    <message>
        <source>Request saved; it is sent once you sign in.</source>
        <translation>حُفظ الطلب؛ وسيُرسل بعد تسجيل دخولك.</translation>
    </message>
    <message>
        <source>Save the export of my cloud data</source>
        <translation>حفظ تصدير بياناتي السحابية</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>أرشيفات ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export saved.</source>
        <translation>حُفظ التصدير.</translation>
    </message>
    <message>
        <source>Account data in the cloud</source>
        <translation>بيانات الحساب في السحابة</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>The same detail was changed on this computer and elsewhere. Both values are kept until you choose which one stays.</source>
        <extracomment>Fields edited in a multi-line box in the merge dialog. (conflict id, &quot;local&quot; | &quot;remote&quot; | &quot;value&quot;, merged value or None)</extracomment>
        <translation>عُدّلت المعلومة نفسها على هذا الجهاز وفي مكان آخر. تُحفظ القيمتان إلى أن تختار أيهما تبقى.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>No conflicts: everything agrees with the cloud.</source>
        <translation>لا توجد تعارضات: كل شيء متطابق مع السحابة.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Keep the value of this computer</source>
        <translation>الإبقاء على القيمة الموجودة على هذا الجهاز</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد قيمة السحابة</translation>
    </message>
    <message>
        <source>Use the value from the cloud</source>
        <translation>استخدام القيمة الموجودة في السحابة</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Write the value that should stay</source>
        <translation>اكتب القيمة التي يجب أن تبقى</translation>
    </message>
</context>
<context>
    <name>ContactChooser</name>
    <message>
        <source>Find a contact by name, e-mail or phone…</source>
        <extracomment>(contact id, display name); (&quot;&quot;, &quot;&quot;) when the choice was cleared.</extracomment>
        <translation>ابحث عن جهة اتصال بالاسم أو البريد أو الرقم…</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>البحث عن جهة اتصال</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>جهات الاتصال المطابقة</translation>
    </message>
    <message>
        <source>Chosen contact: %1</source>
        <translation>جهة الاتصال المختارة: %1</translation>
    </message>
    <message>
        <source>No contact chosen.</source>
        <translation>لم تُختر أي جهة اتصال.</translation>
    </message>
</context>
<context>
    <name>ContactConsentPage</name>
    <message>
        <source>Choose a contact</source>
        <translation>اختر جهة اتصال</translation>
    </message>
    <message>
        <source>Direct marketing by channel</source>
        <translation>التسويق المباشر حسب القناة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>المسجّل</translation>
    </message>
    <message>
        <source>May we send marketing?</source>
        <translation>هل يُسمح بالتسويق؟</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>تسجيل قرار</translation>
    </message>
    <message>
        <source>e.g. shop sign-up form, phone call</source>
        <translation>مثل: نموذج تسجيل في المتجر، مكالمة هاتفية</translation>
    </message>
    <message>
        <source>e.g. signed form no. 12, call on 3 May</source>
        <translation>مثل: النموذج الموقّع رقم 12، مكالمة يوم 3 مايو</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>القناة:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>الأساس النظامي:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>الإثبات:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Purpose and channel</source>
        <translation>الغرض والقناة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>الأساس النظامي</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>إصدار السياسة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>Contact consent history</source>
        <translation>سجل موافقات جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Entries are never edited; each is linked to the one before by a hash.</source>
        <translation>لا تُعدَّل القيود أبدًا؛ وكل قيد مرتبط بما قبله ببصمة تشفيرية.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Recorded: %1 · %2 · %3.</source>
        <translation>سُجّل: %1 · %2 · %3.</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>موافقة جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact editor</source>
        <extracomment>Tags are separated by Latin or Arabic commas, or semicolons. The user changed something since the last load.</extracomment>
        <translation>محرر جهة الاتصال</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>Leave empty to use the name</source>
        <translation>اتركه فارغًا لاستخدام الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>إضافة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>حذف هذا البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>إضافة رقم جوال أو هاتف</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>حذف هذا الرقم</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>إضافة عنوان</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>حذف هذا العنوان</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفاصلة</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>مثال: ‎1990-03-14‎</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or --MM-DD without the year</source>
        <translation>السنة ثم الشهر ثم اليوم، مثل ‎1990-03-14‎، أو ‎--03-14‎ دون السنة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>إضافة حقل</translation>
    </message>
    <message>
        <source>Remove this field</source>
        <translation>حذف هذا الحقل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>الاسم الأول:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>اسم العائلة:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>الاسم الظاهر:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>المنشأة:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>المسمى الوظيفي:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفاصيل أخرى</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الجوال والهاتف</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
    <message>
        <source>E-mail, not a valid address: %1</source>
        <translation>البريد الإلكتروني، عنوان غير صالح: %1</translation>
    </message>
    <message>
        <source>Phone, not a number that can be dialled: %1</source>
        <translation>الهاتف، رقم لا يمكن الاتصال به: %1</translation>
    </message>
    <message>
        <source>Birthday, not a date: %1</source>
        <translation>تاريخ الميلاد، ليس تاريخًا صحيحًا: %1</translation>
    </message>
    <message>
        <source>These values were kept as written because they are not valid. Saving keeps them as they are; correct them when you can:</source>
        <translation>حُفظت هذه القيم كما كُتبت لأنها غير صالحة. يُبقيها الحفظ على حالها؛ صحّحها متى أمكنك:</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Rows read at a time: the first page fills any window (the start-up floor reads 100 too); scrolling reads the next ones. At most this long the list waits for its read-ahead first page, then it comes when it comes. The key of a FirstPageReadAhead in `AppContext.read_ahead`. The contact id of a row. The ContactSummary of a row (plain values, no bidi isolates). A (re)load finished: the first page is in and `total` is known. A query failed; the message is for the status bar.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الجوال / الهاتف</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Search contacts</source>
        <extracomment>At start-up the editor is built after the first rows, or after this long at the latest. The rows paint in the table&apos;s viewport; no rows, in the empty-state text. The contact as stored when the editor showed it: its odd values may be saved again.</extracomment>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Search by name, e-mail, phone, tag or city…</source>
        <translation>ابحث بالاسم أو البريد أو الرقم أو الوسم أو المدينة…</translation>
    </message>
    <message>
        <source>Number of contacts shown</source>
        <translation>عدد جهات الاتصال المعروضة</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Import, export and duplicates</source>
        <translation>الاستيراد والتصدير والتكرارات</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>استيراد جهات اتصال…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>تصدير جهات الاتصال…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>سجل الاستيراد…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>البحث عن التكرارات…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>Marketing e-mail for this contact</source>
        <translation>البريد التسويقي لجهة الاتصال هذه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا توجد نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا توجد جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact matches your search.</source>
        <translation>لا توجد جهة اتصال تطابق بحثك.</translation>
    </message>
    <message>
        <source>No contacts yet. Press “New contact” to add the first one.</source>
        <translation>لا توجد جهات اتصال بعد. اضغط «جهة اتصال جديدة» لإضافة أول جهة.</translation>
    </message>
    <message>
        <source>Marketing e-mail: %1</source>
        <translation>البريد التسويقي: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>هل تريد حفظ التغييرات على جهة الاتصال هذه؟</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>حُفظت جهة الاتصال.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>حُذفت «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>لم تُحذف أي جهة اتصال.</numerusform>
            <numerusform>حُذفت جهة اتصال واحدة.</numerusform>
            <numerusform>حُذفت جهتا اتصال.</numerusform>
            <numerusform>حُذفت %n جهات اتصال.</numerusform>
            <numerusform>حُذفت %n جهة اتصال.</numerusform>
            <numerusform>حُذفت %n جهة اتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>لم تُستعد أي جهة اتصال.</numerusform>
            <numerusform>استُعيدت جهة اتصال واحدة.</numerusform>
            <numerusform>استُعيدت جهتا اتصال.</numerusform>
            <numerusform>استُعيدت %n جهات اتصال.</numerusform>
            <numerusform>استُعيدت %n جهة اتصال.</numerusform>
            <numerusform>استُعيدت %n جهة اتصال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct “%1”</source>
        <translation>تصحيح «%1»</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
    <message>
        <source>Change what is wrong and save. The correction is recorded in the audit log (field names and masked values only) and as a completed request.</source>
        <translation>عدّل ما هو خطأ ثم احفظ. يُسجَّل التصحيح في سجل التدقيق (أسماء الحقول والقيم المحجوبة فقط) ويُسجَّل طلبًا مكتملًا.</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>التصحيح</translation>
    </message>
</context>
<context>
    <name>CustomFieldRow</name>
    <message>
        <source>Field name</source>
        <translation>اسم الحقل</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>اسم الحقل المخصص</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>قيمة الحقل المخصص</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>The check after start found damage in this workspace&apos;s database: some contacts or templates may be missing or wrong. Do not delete anything. Restore your latest backup into a new folder (Backups…), check it, then keep working there.</source>
        <translation>وجد الفحص عند بدء التشغيل تلفًا في قاعدة بيانات مساحة العمل هذه: قد تكون بعض جهات الاتصال أو القوالب ناقصة أو غير صحيحة. لا تحذف شيئًا. استعد أحدث نسخة احتياطية في مجلد جديد (النسخ الاحتياطية…)، وتحقّق منها، ثم تابع العمل فيها.</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>DataRequestsPage</name>
    <message>
        <source>My account</source>
        <translation>حسابي</translation>
    </message>
    <message>
        <source>One contact</source>
        <translation>جهة اتصال واحدة</translation>
    </message>
    <message>
        <source>Export the data on this computer…</source>
        <translation>تصدير البيانات الموجودة على هذا الجهاز…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>تصحيح…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>إتلاف…</translation>
    </message>
    <message>
        <source>Object to marketing</source>
        <translation>الاعتراض على التسويق</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>صاحب البيانات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تاريخ الإكمال</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>طلبات البيانات</translation>
    </message>
    <message>
        <source>Whose data?</source>
        <translation>بيانات مَن؟</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>الإجراء المطلوب</translation>
    </message>
    <message>
        <source>Requests handled on this computer</source>
        <translation>الطلبات المعالجة على هذا الجهاز</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>حسابك</translation>
    </message>
    <message>
        <source>Export this contact’s data…</source>
        <translation>تصدير بيانات جهة الاتصال…</translation>
    </message>
    <message>
        <source>Everything in this workspace is in the export. Your account details (name, e-mail, billing) are kept by GTG CRM in the cloud: ask for a copy of them or for their deletion below.</source>
        <translation>يشمل التصدير كل ما في مساحة العمل هذه. أما بيانات حسابك (الاسم والبريد الإلكتروني والفوترة) فتحفظها GTG CRM في السحابة: اطلب نسخة منها أو حذفها من القسم أدناه.</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>اختر جهة اتصال أولًا.</translation>
    </message>
    <message>
        <source>Erasure removes the contact for good, here and, with the next sync, on your other devices and address book; only salted hashes of their e-mails and phones are kept, so that no import or sync brings them back. Older backups still hold their data until they are pruned: about 13 months with the default 7 daily, 4 weekly and 12 monthly backups (longer when the app is seldom used). Restoring one erases them again.</source>
        <translation>الإتلاف يحذف جهة الاتصال نهائيًا من هذا الجهاز، ومن أجهزتك الأخرى ودفتر العناوين مع المزامنة التالية؛ ولا يُحتفظ إلا ببصمات مشفّرة مملّحة لعناوين بريده وأرقام هواتفه، حتى لا يعيده أي استيراد أو مزامنة. أما النسخ الاحتياطية الأقدم فتبقى بياناته فيها إلى أن تُحذف تلقائيًا: نحو 13 شهرًا مع الإعداد الافتراضي (7 نسخ يومية و4 أسبوعية و12 شهرية)، وأطول إن قلّ استخدام التطبيق. وعند استعادة إحداها تُتلف بياناته مجددًا.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>حفظ ملف التصدير</translation>
    </message>
    <message>
        <source>Encrypted export (*.enc)</source>
        <translation>ملف تصدير مشفّر (*.enc)</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>أرشيف Zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Encrypted export saved to %1.</source>
        <translation>حُفظ التصدير المشفّر في %1.</translation>
    </message>
    <message>
        <source>Export saved to %1.</source>
        <translation>حُفظ التصدير في %1.</translation>
    </message>
    <message>
        <source>Correction saved and recorded.</source>
        <translation>حُفظ التصحيح وسُجّل.</translation>
    </message>
    <message>
        <source>Erase contact</source>
        <translation>إتلاف جهة الاتصال</translation>
    </message>
    <message>
        <source>Erase “%1” for good? Their details, consent history texts and search entries are removed; this cannot be undone.</source>
        <translation>هل تريد إتلاف «%1» نهائيًا؟ ستُحذف بياناتها ونصوص سجل موافقاتها وقيود البحث الخاصة بها، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Last check: erase “%1” now?</source>
        <translation>تأكيد أخير: هل تريد إتلاف «%1» الآن؟</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>جارٍ الإتلاف…</translation>
    </message>
    <message>
        <source>“%1” was erased.</source>
        <translation>أُتلفت بيانات «%1».</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>الاعتراض على التسويق</translation>
    </message>
    <message>
        <source>Record that “%1” objects to direct marketing? They are excluded from every marketing list at once.</source>
        <translation>هل تريد تسجيل اعتراض «%1» على التسويق المباشر؟ ستُستبعد فورًا من كل قوائم التسويق.</translation>
    </message>
    <message>
        <source>Objection recorded: excluded from direct marketing.</source>
        <translation>سُجّل الاعتراض: استُبعدت جهة الاتصال من التسويق المباشر.</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>تم الإتلاف</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <source>objection recorded</source>
        <translation>سُجّل الاعتراض</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>تم التصحيح: %1</translation>
    </message>
    <message>
        <source>Erased contact %1</source>
        <translation>جهة اتصال مُتلفة %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>التراجع عن آخر دمج</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن التكرارات…</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>البريد نفسه</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>الرقم نفسه</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>{count} groups of duplicates.</source>
        <translation>مجموعات التكرار: {count}.</translation>
    </message>
</context>
<context>
    <name>EmailRow</name>
    <message>
        <source>E-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export data</source>
        <extracomment>Heights of the top (whose data, what to do) and of the request lists, choosing a contact.</extracomment>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Protect the file with a passphrase (recommended)</source>
        <translation>حماية الملف بعبارة مرور (موصى به)</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>عبارة مرور التصدير</translation>
    </message>
    <message>
        <source>Repeat the export passphrase</source>
        <translation>أعد كتابة عبارة مرور التصدير</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>التأكيد:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>The export of %1 is a zip with a complete JSON document, CSV files, a vCard and a README in Arabic and English.</source>
        <translation>تصدير بيانات %1 ملف مضغوط (zip) فيه مستند JSON كامل، وملفات CSV، وملف vCard، وملف README بالعربية والإنجليزية.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>استخدم عبارة مرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>FirstRunConsentPage</name>
    <message>
        <source>Your privacy choices</source>
        <translation>خيارات خصوصيتك</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>إنشاء مساحة العمل</translation>
    </message>
    <message>
        <source>Each of these is off unless you turn it on. You can change your mind at any time in the Privacy screen.</source>
        <translation>كل خيار من هذه الخيارات معطّل ما لم تفعّله بنفسك، ويمكنك تغيير رأيك في أي وقت من شاشة الخصوصية.</translation>
    </message>
    <message>
        <source>Read the privacy policy</source>
        <translation>اقرأ سياسة الخصوصية</translation>
    </message>
    <message>
        <source>Updates and promotional offers from GTG CRM by e-mail (policy section 2).</source>
        <translation>التحديثات والعروض الترويجية من GTG CRM عبر البريد الإلكتروني (البند 2 من السياسة).</translation>
    </message>
    <message>
        <source>Content and ads tailored to you from how you use the service (policy section 1.2).</source>
        <translation>تخصيص المحتوى والإعلانات لك بناءً على سلوك استخدامك للخدمة (البند 1.2 من السياسة).</translation>
    </message>
    <message>
        <source>A record of your use of the app: screens viewed, clicks and session length (policy section 1.2).</source>
        <translation>تسجيل تفاعلاتك مع التطبيق: الشاشات المعروضة وعدد النقرات ومدة الجلسات (البند 1.2 من السياسة).</translation>
    </message>
</context>
<context>
    <name>FirstRunPolicyDialog</name>
    <message>
        <source>Privacy policy</source>
        <translation>سياسة الخصوصية</translation>
    </message>
    <message>
        <source>Privacy policy text</source>
        <translation>نص سياسة الخصوصية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create your GTG CRM workspace</source>
        <translation>إنشاء مساحة عملك في GTG CRM</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <source>These changes came from the cloud but could not be applied on this computer yet. They are kept, and tried again at each sync.</source>
        <translation>وصلت هذه التغييرات من السحابة لكن تعذّر تطبيقها على هذا الجهاز حتى الآن. إنها محفوظة، وتُعاد محاولة تطبيقها مع كل مزامنة.</translation>
    </message>
    <message>
        <source>Changes not applied yet</source>
        <translation>تغييرات لم تُطبَّق بعد</translation>
    </message>
    <message>
        <source>Every change from the cloud has been applied.</source>
        <translation>طُبِّقت كل التغييرات الواردة من السحابة.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <source>Undoing an import removes the contacts it added and puts back the contacts it changed as they were before.</source>
        <translation>التراجع عن الاستيراد يحذف جهات الاتصال التي أضافها، ويعيد جهات الاتصال التي غيّرها إلى ما كانت عليه قبله.</translation>
    </message>
    <message>
        <source>Earlier imports</source>
        <translation>عمليات الاستيراد السابقة</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>التراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>لا توجد عمليات استيراد بعد.</translation>
    </message>
    <message>
        <source>Undo the import of “%1” from %2? The contacts it added will be deleted and the contacts it changed will be put back as they were.</source>
        <translation>هل تريد التراجع عن استيراد «%1» الذي تم في %2؟ ستُحذف جهات الاتصال التي أضافها، وتعود جهات الاتصال التي غيّرها إلى ما كانت عليه.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>جارٍ التراجع عن الاستيراد…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <extracomment>At most this many names of contacts kept by an undo are listed.</extracomment>
        <translation>تم التراجع عن الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <source>%n added contact(s) removed.</source>
        <translation>
            <numerusform>لم تُحذف أي جهة اتصال.</numerusform>
            <numerusform>حُذفت جهة اتصال واحدة أضافها الاستيراد.</numerusform>
            <numerusform>حُذفت جهتا اتصال أضافهما الاستيراد.</numerusform>
            <numerusform>حُذفت %n جهات اتصال أضافها الاستيراد.</numerusform>
            <numerusform>حُذفت %n جهة اتصال أضافها الاستيراد.</numerusform>
            <numerusform>حُذفت %n جهة اتصال أضافها الاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed contact(s) put back as they were.</source>
        <translation>
            <numerusform>لم تُعَد أي جهة اتصال إلى ما كانت عليه.</numerusform>
            <numerusform>أُعيدت جهة اتصال واحدة غيّرها الاستيراد إلى ما كانت عليه.</numerusform>
            <numerusform>أُعيدت جهتا اتصال غيّرهما الاستيراد إلى ما كانتا عليه.</numerusform>
            <numerusform>أُعيدت %n جهات اتصال غيّرها الاستيراد إلى ما كانت عليه.</numerusform>
            <numerusform>أُعيدت %n جهة اتصال غيّرها الاستيراد إلى ما كانت عليه.</numerusform>
            <numerusform>أُعيدت %n جهة اتصال غيّرها الاستيراد إلى ما كانت عليه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) edited after the import kept as they are now.</source>
        <translation>
            <numerusform>لم تُترك أي جهة اتصال عُدّلت بعد الاستيراد.</numerusform>
            <numerusform>بقيت جهة اتصال واحدة عُدّلت بعد الاستيراد على حالها الحالية.</numerusform>
            <numerusform>بقيت جهتا اتصال عُدّلتا بعد الاستيراد على حالهما الحالية.</numerusform>
            <numerusform>بقيت %n جهات اتصال عُدّلت بعد الاستيراد على حالها الحالية.</numerusform>
            <numerusform>بقيت %n جهة اتصال عُدّلت بعد الاستيراد على حالها الحالية.</numerusform>
            <numerusform>بقيت %n جهة اتصال عُدّلت بعد الاستيراد على حالها الحالية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted after the import left deleted.</source>
        <translation>
            <numerusform>لا توجد جهات اتصال حُذفت بعد الاستيراد.</numerusform>
            <numerusform>بقيت جهة اتصال واحدة محذوفة لأنها حُذفت بعد الاستيراد.</numerusform>
            <numerusform>بقيت جهتا اتصال محذوفتين لأنهما حُذفتا بعد الاستيراد.</numerusform>
            <numerusform>بقيت %n جهات اتصال محذوفة لأنها حُذفت بعد الاستيراد.</numerusform>
            <numerusform>بقيت %n جهة اتصال محذوفة لأنها حُذفت بعد الاستيراد.</numerusform>
            <numerusform>بقيت %n جهة اتصال محذوفة لأنها حُذفت بعد الاستيراد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>جهات الاتصال التي بقيت: %1.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Undone on %1</source>
        <extracomment>Reads the history (in the background): `list_imports(workspace)` in the app. The import id of a row. Whether the import of a row has been undone.</extracomment>
        <translation>تم التراجع عنه في %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع عنه</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>LabelBox</name>
    <message>
        <source>Work</source>
        <extracomment>Labels stored in English (as vCard and CSV exports expect), shown translated.</extracomment>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>GTG CRM is locked</source>
        <extracomment>How long a lock waits for background work (a save, a sync page) to finish before closing. The lock screen paints before the (possibly blocking) wait for background work.</extracomment>
        <translation>GTG CRM مقفل</translation>
    </message>
    <message>
        <source>Your data is closed and encrypted. Unlock to continue where you left off; unsaved changes are kept.</source>
        <translation>بياناتك مغلقة ومشفّرة. افتح القفل لتتابع من حيث توقفت؛ فالتعديلات غير المحفوظة باقية.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
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
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the window (Ctrl+L)</source>
        <translation>قفل النافذة (Ctrl+L)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation>عدد جهات الاتصال</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال بالإنترنت</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>This screen is not available in this version.</source>
        <translation>هذه الشاشة غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>%1 — GTG CRM</source>
        <translation>%1 — GTG CRM</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>المزامنة غير مُعدّة</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا توجد جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge the two values</source>
        <translation>دمج القيمتين</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>القيمة المدمجة</translation>
    </message>
    <message>
        <source>Write the value as a list in JSON, as shown.</source>
        <translation>اكتب القيمة بصيغة قائمة JSON كما هو موضّح.</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>اعتماد هذه القيمة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الجهاز</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>في السحابة</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>القيمة المعتمدة</translation>
    </message>
    <message>
        <source>This is not valid JSON; check the brackets.</source>
        <translation>هذه ليست صيغة JSON صالحة؛ تحقّق من الأقواس.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCode</name>
    <message>
        <source>Make a new recovery code? The old recovery code stops working at once.</source>
        <translation>هل تريد إنشاء رمز استرداد جديد؟ سيتوقف رمز الاسترداد القديم عن العمل فورًا.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>رمز استرداد جديد</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>إنشاء رمز جديد</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>A change of the encryption key was cut short before its new recovery code was shown, so your old recovery code no longer works.</source>
        <translation>توقف تغيير مفتاح التشفير قبل أن يُعرض رمز الاسترداد الجديد، لذلك لم يعد رمز الاسترداد القديم يعمل.</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>The cloud refused these changes. They stay on this computer and are not sent again; the rest of your changes are not held up.</source>
        <translation>رفضت السحابة هذه التغييرات. ستبقى على هذا الجهاز ولن تُرسل مرة أخرى، ولن يتعطّل إرسال بقية تغييراتك.</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>The cloud refused no change.</source>
        <translation>لم ترفض السحابة أي تغيير.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase protects your data. Choose a few words that only you know; it cannot be recovered without the recovery code you will get once the workspace is created.</source>
        <translation>تحمي عبارة المرور بياناتك. اختر بضع كلمات لا يعرفها أحد غيرك؛ ولا يمكن استعادتها إلا برمز الاسترداد الذي ستحصل عليه بعد إنشاء مساحة العمل.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>التأكيد:</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم حرفين على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too weak: easy to guess. Add more words to go on.</source>
        <translation>ضعيفة جدًا: يسهل تخمينها. أضف كلمات أخرى لتتمكن من المتابعة.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>مقبولة: كلمة أو كلمتان إضافيتان تجعلانها قوية.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>رقم الجوال أو الهاتف</translation>
    </message>
</context>
<context>
    <name>PolicyNoticeBar</name>
    <message>
        <source>I have read it</source>
        <extracomment>The source of an acknowledgement given in the start-up prompt.</extracomment>
        <translation>اطّلعت عليها</translation>
    </message>
    <message>
        <source>I have read the privacy policy</source>
        <translation>اطّلعت على سياسة الخصوصية</translation>
    </message>
    <message>
        <source>Please read the privacy policy (version %1, effective %2).</source>
        <translation>يُرجى الاطلاع على سياسة الخصوصية (الإصدار %1، سارية من %2).</translation>
    </message>
    <message>
        <source>The privacy policy changed: version %1, effective %2.</source>
        <translation>تغيّرت سياسة الخصوصية: الإصدار %1، سارية من %2.</translation>
    </message>
</context>
<context>
    <name>PolicyNoticeDialog</name>
    <message>
        <source>Privacy policy</source>
        <translation>سياسة الخصوصية</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>اطّلعت عليها</translation>
    </message>
    <message>
        <source>Show the policy</source>
        <translation>عرض السياسة</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Privacy policy acknowledged.</source>
        <translation>سُجّل اطلاعك على سياسة الخصوصية.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Privacy policy</source>
        <translation>سياسة الخصوصية</translation>
    </message>
    <message>
        <source>Version %1 · effective %2</source>
        <translation>الإصدار %1 · سارية من %2</translation>
    </message>
    <message>
        <source>Privacy policy text</source>
        <translation>نص سياسة الخصوصية</translation>
    </message>
    <message>
        <source>You have acknowledged this version.</source>
        <translation>سبق أن اطّلعت على هذا الإصدار.</translation>
    </message>
    <message>
        <source>Thank you: your acknowledgement was recorded.</source>
        <translation>شكرًا لك: سُجّل اطلاعك.</translation>
    </message>
</context>
<context>
    <name>PrivacyLabels</name>
    <message>
        <source>Cloud sync with %1</source>
        <extracomment>A muted colour for secondary text (works on light and dark palettes).</extracomment>
        <translation>المزامنة السحابية مع %1</translation>
    </message>
    <message>
        <source>Integration: %1</source>
        <translation>التكامل: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Privacy sections</source>
        <translation>أقسام الخصوصية</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>سياسة الخصوصية</translation>
    </message>
    <message>
        <source>My consent</source>
        <translation>موافقاتي</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>بيانات الاستخدام</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>طلبات البيانات</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>موافقات جهات الاتصال</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ بالبيانات</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>ProgressDialogGuard</name>
    <message>
        <source>Cancel</source>
        <extracomment>Progress signals are sent at most this often (the last one is always sent). A progress dialog appears only for tasks that run longer than this. Sent last, after succeeded, failed or cancelled. Set once the worker has returned from its last signal: only then may it be deleted. What the worker held (its function, the outcome), let go of here on the GUI thread.</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>يُرجى الانتظار</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة التعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
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
        <translation>CSV بتنسيق Google (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>جارٍ تصدير جهات الاتصال…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير، ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Exported {count} contacts.</source>
        <translation>جهات الاتصال المُصدَّرة: {count}.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeActions</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF‏…</translation>
    </message>
    <message numerus="yes">
        <source>Copied. It is removed from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>تم النسخ. يُزال من الحافظة فورًا.</numerusform>
            <numerusform>تم النسخ. يُزال من الحافظة بعد ثانية واحدة.</numerusform>
            <numerusform>تم النسخ. يُزال من الحافظة بعد ثانيتين.</numerusform>
            <numerusform>تم النسخ. يُزال من الحافظة بعد %n ثوانٍ.</numerusform>
            <numerusform>تم النسخ. يُزال من الحافظة بعد %n ثانية.</numerusform>
            <numerusform>تم النسخ. يُزال من الحافظة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>حفظ رمز الاسترداد بصيغة PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>تعذّر حفظ ملف PDF هناك. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Saved as PDF. Keep the file somewhere safe, or print it and delete it.</source>
        <translation>حُفظ بصيغة PDF. احفظ الملف في مكان آمن، أو اطبعه ثم احذفه.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <source>This is your new recovery code. The old one no longer works. If you forget the passphrase, this code is the only way back in: print it or write it down and keep it somewhere safe.</source>
        <translation>هذا رمز الاسترداد الجديد، ولم يعد الرمز القديم يعمل. إذا نسيت عبارة المرور فهذا الرمز هو الطريقة الوحيدة للدخول: اطبعه أو دوّنه واحفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>دوّنت رمز الاسترداد أو طبعته</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>احفظ رمز الاسترداد</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>جارٍ إنشاء مساحة العمل المشفّرة…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>دوّنت رمز الاسترداد أو طبعته</translation>
    </message>
    <message>
        <source>Your workspace is ready. If you forget the passphrase, this code is the only way back in. Write it down and keep it somewhere safe; it is shown only once.</source>
        <translation>مساحة عملك جاهزة. إذا نسيت عبارة المرور فهذا الرمز هو الطريقة الوحيدة للدخول. دوّنه واحفظه في مكان آمن؛ فلن يظهر إلا هذه المرة.</translation>
    </message>
    <message>
        <source>Your privacy choices could not be saved. Everything stays off; you can choose again in the Privacy screen.</source>
        <translation>تعذّر حفظ خيارات خصوصيتك، فبقيت كلها معطّلة؛ ويمكنك الاختيار مجددًا من شاشة الخصوصية.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrint</name>
    <message>
        <source>GTG CRM recovery code</source>
        <translation>رمز الاسترداد في GTG CRM</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>مساحة العمل:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>طريقة استخدامه</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this code opens the workspace: on the unlock screen choose “I forgot it: use my recovery code instead” and type the code exactly as it is printed here, with its dashes.</source>
        <translation>إذا نسيت عبارة المرور فهذا الرمز يفتح مساحة العمل: اختر في شاشة الفتح «نسيتها: سأستخدم رمز الاسترداد»، ثم اكتب الرمز كما هو مطبوع هنا تمامًا مع الشرطات.</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private, away from the computer. Anyone who has it and a copy of the workspace can open your data.</source>
        <translation>احفظ هذه الورقة في مكان آمن لا يصل إليه غيرك، بعيدًا عن الحاسوب؛ فكل من يملكها ومعها نسخة من مساحة العمل يستطيع فتح بياناتك.</translation>
    </message>
    <message>
        <source>When you make a new recovery code, this one stops working: destroy this page and keep the new one.</source>
        <translation>عند إنشاء رمز استرداد جديد يتوقف هذا الرمز عن العمل: أتلف هذه الورقة واحتفظ بالرمز الجديد.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Months without activity</source>
        <translation>عدد الأشهر دون نشاط</translation>
    </message>
    <message>
        <source>What happens after that</source>
        <translation>ما يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>List them for my review</source>
        <translation>عرضها عليّ لمراجعتها</translation>
    </message>
    <message>
        <source>Anonymise them automatically</source>
        <translation>إخفاء هويتها تلقائيًا</translation>
    </message>
    <message>
        <source>Delete them automatically</source>
        <translation>حذفها تلقائيًا</translation>
    </message>
    <message>
        <source>Save setting</source>
        <translation>حفظ الإعداد</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>المراجعة الآن</translation>
    </message>
    <message>
        <source>Anonymise these…</source>
        <translation>إخفاء هوية هذه الجهات…</translation>
    </message>
    <message>
        <source>Delete these…</source>
        <translation>حذف هذه الجهات…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Contacts due for review</source>
        <translation>جهات الاتصال المستحقة للمراجعة</translation>
    </message>
    <message>
        <source>Keep contacts without activity for:</source>
        <translation>الاحتفاظ بجهات الاتصال غير النشطة لمدة:</translation>
    </message>
    <message>
        <source>After that:</source>
        <translation>بعد ذلك:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ بالبيانات</translation>
    </message>
    <message>
        <source>Activity is the last edit, consent decision or message. A masked record of every contact removed is kept in the audit log.</source>
        <translation>النشاط هو آخر تعديل أو قرار موافقة أو رسالة. ويُحفظ في سجل التدقيق قيد محجوب لكل جهة اتصال تُزال.</translation>
    </message>
    <message>
        <source>Retention setting saved.</source>
        <translation>حُفظ إعداد الاحتفاظ.</translation>
    </message>
    <message>
        <source>Press “Review now” to list the contacts due.</source>
        <translation>اضغط «المراجعة الآن» لعرض جهات الاتصال المستحقة.</translation>
    </message>
    <message>
        <source>No contact without activity since %1.</source>
        <translation>لا توجد جهة اتصال بلا نشاط منذ %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without activity since %1:</source>
        <translation>
            <numerusform>لا توجد جهات اتصال بلا نشاط منذ %1:</numerusform>
            <numerusform>جهة اتصال واحدة بلا نشاط منذ %1:</numerusform>
            <numerusform>جهتا اتصال بلا نشاط منذ %1:</numerusform>
            <numerusform>%n جهات اتصال بلا نشاط منذ %1:</numerusform>
            <numerusform>%n جهة اتصال بلا نشاط منذ %1:</numerusform>
            <numerusform>%n جهة اتصال بلا نشاط منذ %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>لا توجد جهات اتصال للحذف.</numerusform>
            <numerusform>هل تريد حذف جهة اتصال واحدة نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف جهتي اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n جهات اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n contact(s)? Names, addresses, e-mails, phones and notes are removed for good.</source>
        <translation>
            <numerusform>لا توجد جهات اتصال لإخفاء هويتها.</numerusform>
            <numerusform>هل تريد إخفاء هوية جهة اتصال واحدة؟ ستُحذف الأسماء والعناوين والبريد الإلكتروني والأرقام والملاحظات نهائيًا.</numerusform>
            <numerusform>هل تريد إخفاء هوية جهتي اتصال؟ ستُحذف الأسماء والعناوين والبريد الإلكتروني والأرقام والملاحظات نهائيًا.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n جهات اتصال؟ ستُحذف الأسماء والعناوين والبريد الإلكتروني والأرقام والملاحظات نهائيًا.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n جهة اتصال؟ ستُحذف الأسماء والعناوين والبريد الإلكتروني والأرقام والملاحظات نهائيًا.</numerusform>
            <numerusform>هل تريد إخفاء هوية %n جهة اتصال؟ ستُحذف الأسماء والعناوين والبريد الإلكتروني والأرقام والملاحظات نهائيًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying retention…</source>
        <translation>جارٍ تطبيق إعداد الاحتفاظ…</translation>
    </message>
    <message numerus="yes">
        <source>Retention applied to %n contact(s).</source>
        <translation>
            <numerusform>لم يُطبَّق إعداد الاحتفاظ على أي جهة اتصال.</numerusform>
            <numerusform>طُبّق إعداد الاحتفاظ على جهة اتصال واحدة.</numerusform>
            <numerusform>طُبّق إعداد الاحتفاظ على جهتي اتصال.</numerusform>
            <numerusform>طُبّق إعداد الاحتفاظ على %n جهات اتصال.</numerusform>
            <numerusform>طُبّق إعداد الاحتفاظ على %n جهة اتصال.</numerusform>
            <numerusform>طُبّق إعداد الاحتفاظ على %n جهة اتصال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduledRetention</name>
    <message numerus="yes">
        <source>%n inactive contact(s) deleted under your retention setting.</source>
        <translation>
            <numerusform>لم تُحذف أي جهة اتصال غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>حُذفت جهة اتصال واحدة غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>حُذفت جهتا اتصال غير نشطتين وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>حُذفت %n جهات اتصال غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>حُذفت %n جهة اتصال غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>حُذفت %n جهة اتصال غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contact(s) anonymised under your retention setting.</source>
        <translation>
            <numerusform>لم تُخفَ هوية أي جهة اتصال غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>أُخفيت هوية جهة اتصال واحدة غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>أُخفيت هوية جهتَي اتصال غير نشطتين وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>أُخفيت هوية %n جهات اتصال غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>أُخفيت هوية %n جهة اتصال غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
            <numerusform>أُخفيت هوية %n جهة اتصال غير نشطة وفق إعداد الاحتفاظ لديك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Lock after minutes without input</source>
        <translation>القفل بعد دقائق دون استخدام</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Lock the window after (minutes):</source>
        <translation>قفل النافذة بعد (بالدقائق):</translation>
    </message>
    <message>
        <source>After a lock, unlock with this computer&apos;s keychain (no passphrase)</source>
        <translation>بعد القفل، الفتح بسلسلة مفاتيح النظام (دون عبارة المرور)</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>رمز استرداد جديد…</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>رمز الاسترداد:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Regions offered first for phone numbers typed without a country code.</extracomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>الدولة الافتراضية لأرقام الهاتف</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>الميلادي</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>الهجري (أم القرى)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>A new language is applied when GTG CRM starts again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل GTG CRM من جديد.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are in:</source>
        <translation>الأرقام المكتوبة دون رمز الدولة تتبع:</translation>
    </message>
    <message>
        <source>Show dates in the calendar:</source>
        <translation>عرض التواريخ بالتقويم:</translation>
    </message>
    <message>
        <source>Digits in dates and times:</source>
        <translation>الأرقام في التواريخ والأوقات:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>الأمان:</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as SA.</source>
        <translation>استخدم رمز الدولة المكوّن من حرفين، مثل SA.</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>تغيّرت اللغة</translation>
    </message>
    <message>
        <source>The new language is used after GTG CRM restarts. Your data is saved. Restart now?</source>
        <translation>ستُستخدم اللغة الجديدة بعد إعادة تشغيل GTG CRM، وبياناتك محفوظة. هل تريد إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in to your GTG cloud workspace to keep the contacts and templates of this computer in step with your colleagues. Everything keeps working offline.</source>
        <extracomment>The sign-in fields do not need the whole width of a large window.</extracomment>
        <translation>سجّل الدخول إلى مساحة عملك السحابية في GTG لتبقى جهات الاتصال والقوالب على هذا الجهاز متوافقة مع ما لدى زملائك. ويستمر كل شيء في العمل دون اتصال.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Fill in the server address, your e-mail and your password.</source>
        <translation>أدخل عنوان الخادم وبريدك الإلكتروني وكلمة المرور.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>GTG CRM is already open for this workspace; its window is shown.</source>
        <extracomment>How long a second instance tries to reach the first (which may still be starting). At start the server listens this long after the claim, once the window has painted (a second instance keeps trying to reach it for CONNECT_WAIT_S).</extracomment>
        <translation>GTG CRM مفتوح بالفعل لمساحة العمل هذه، وقد أُظهرت نافذته.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>Contact</source>
        <extracomment>The conflict id of a row. The Conflict of a row. The account data request (a dict from sync.privacy.account_requests) of a row. Fields whose values are e-mail addresses, phone numbers or codes: shown left to right. A value longer than this is cut in the table (the tooltip holds all of it).</extracomment>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Template image</source>
        <translation>صورة قالب</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>طلب بيانات</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>The fields of contacts and templates, as a person names them (context &quot;SyncModels&quot;).</extracomment>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الجوال والهاتف</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>تفاصيل أخرى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Content (HTML)</source>
        <translation>المحتوى (HTML)</translation>
    </message>
    <message>
        <source>Plain-text content</source>
        <translation>محتوى النص العادي</translation>
    </message>
    <message>
        <source>Writing direction</source>
        <translation>اتجاه الكتابة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>العنصر كله</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الجهاز</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>في السحابة</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Kept, with changes</source>
        <translation>باقٍ مع تعديلات</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>مُعدَّل</translation>
    </message>
    <message>
        <source>The cloud found the change invalid</source>
        <translation>رأت السحابة أن التغيير غير صالح</translation>
    </message>
    <message>
        <source>An image of the template did not reach the cloud</source>
        <translation>لم تصل إحدى صور القالب إلى السحابة</translation>
    </message>
    <message>
        <source>The record no longer exists in the cloud</source>
        <translation>لم يعد العنصر موجودًا في السحابة</translation>
    </message>
    <message>
        <source>Your account may not make this change</source>
        <translation>لا يملك حسابك صلاحية إجراء هذا التغيير</translation>
    </message>
    <message>
        <source>The change is too large</source>
        <translation>التغيير كبير جدًا</translation>
    </message>
    <message>
        <source>Refused without a reason</source>
        <translation>رُفض دون ذكر سبب</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Refused on</source>
        <translation>تاريخ الرفض</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>تصدير بياناتي</translation>
    </message>
    <message>
        <source>Delete my account data</source>
        <translation>حذف بيانات حسابي</translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation>تصحيح بياناتي</translation>
    </message>
    <message>
        <source>Object to processing</source>
        <translation>الاعتراض على المعالجة</translation>
    </message>
    <message>
        <source>Waiting to be sent with the next sync</source>
        <translation>بانتظار الإرسال مع المزامنة التالية</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Received by the cloud</source>
        <translation>استلمته السحابة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Its image could not be downloaded from the cloud yet</source>
        <translation>تعذّر تنزيل صورته من السحابة حتى الآن</translation>
    </message>
    <message>
        <source>This kind of record needs a newer version of the app</source>
        <translation>هذا النوع من السجلات يحتاج إلى إصدار أحدث من التطبيق</translation>
    </message>
    <message>
        <source>It belongs to a record that is not on this computer yet</source>
        <translation>يتبع سجلًا غير موجود على هذا الجهاز بعد</translation>
    </message>
    <message>
        <source>The cloud sent details this app cannot read</source>
        <translation>أرسلت السحابة بيانات لا يستطيع هذا التطبيق قراءتها</translation>
    </message>
    <message>
        <source>It could not be saved on this computer</source>
        <translation>تعذّر حفظه على هذا الجهاز</translation>
    </message>
    <message>
        <source>It could not be applied</source>
        <translation>تعذّر تطبيقه</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Cloud account</source>
        <extracomment>The first automatic sync after start-up waits this long (the window comes first). Progress from the pull phase is sent with this total (the feed&apos;s size is not known).</extracomment>
        <translation>الحساب السحابي</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>Account data in the cloud</source>
        <translation>بيانات الحساب في السحابة</translation>
    </message>
    <message>
        <source>Address book (CardDAV)</source>
        <translation>دفتر العناوين (CardDAV)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>Refused changes (%1)</source>
        <translation>التغييرات المرفوضة (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this computer wait to be sent.</source>
        <translation>
            <numerusform>لا توجد تغييرات من هذا الجهاز بانتظار الإرسال.</numerusform>
            <numerusform>تغيير واحد من هذا الجهاز بانتظار الإرسال.</numerusform>
            <numerusform>تغييران من هذا الجهاز بانتظار الإرسال.</numerusform>
            <numerusform>%n تغييرات من هذا الجهاز بانتظار الإرسال.</numerusform>
            <numerusform>%n تغييرًا من هذا الجهاز بانتظار الإرسال.</numerusform>
            <numerusform>%n تغيير من هذا الجهاز بانتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change of this computer has been sent.</source>
        <translation>أُرسلت كل تغييرات هذا الجهاز.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>لم تتم المزامنة بعد.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>تمت المزامنة الساعة %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من العنوان ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <source>Signed in. The first sync starts now.</source>
        <translation>سُجّل الدخول. تبدأ المزامنة الأولى الآن.</translation>
    </message>
    <message>
        <source>Signed out of sync</source>
        <translation>سُجّل الخروج من المزامنة</translation>
    </message>
    <message>
        <source>Signed out. The data on this computer stays.</source>
        <translation>سُجّل الخروج. تبقى البيانات على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Sign in first to sync.</source>
        <translation>سجّل الدخول أولًا للمزامنة.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n change(s) received</source>
        <translation>
            <numerusform>جارٍ المزامنة… لم يُستلم أي تغيير</numerusform>
            <numerusform>جارٍ المزامنة… استُلم تغيير واحد</numerusform>
            <numerusform>جارٍ المزامنة… استُلم تغييران</numerusform>
            <numerusform>جارٍ المزامنة… استُلمت %n تغييرات</numerusform>
            <numerusform>جارٍ المزامنة… استُلم %n تغييرًا</numerusform>
            <numerusform>جارٍ المزامنة… استُلم %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… sending %1 of %2</source>
        <translation>جارٍ المزامنة… إرسال %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) wait for your choice in the Sync tab.</source>
        <translation>
            <numerusform>لا توجد تعارضات جديدة بانتظار اختيارك في شاشة «المزامنة».</numerusform>
            <numerusform>تعارض جديد واحد بانتظار اختيارك في شاشة «المزامنة».</numerusform>
            <numerusform>تعارضان جديدان بانتظار اختيارك في شاشة «المزامنة».</numerusform>
            <numerusform>%n تعارضات جديدة بانتظار اختيارك في شاشة «المزامنة».</numerusform>
            <numerusform>%n تعارضًا جديدًا بانتظار اختيارك في شاشة «المزامنة».</numerusform>
            <numerusform>%n تعارض جديد بانتظار اختيارك في شاشة «المزامنة».</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped; it continues next time.</source>
        <translation>توقفت المزامنة؛ وستُستكمل في المرة القادمة.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to keep syncing.</source>
        <translation>انتهت صلاحية تسجيل دخولك. سجّل الدخول مرة أخرى لمواصلة المزامنة.</translation>
    </message>
    <message>
        <source>Offline: the sync server cannot be reached</source>
        <translation>غير متصل: تعذّر الوصول إلى خادم المزامنة</translation>
    </message>
    <message>
        <source>Sync stopped: sign in again</source>
        <translation>توقفت المزامنة: سجّل الدخول مرة أخرى</translation>
    </message>
    <message>
        <source>Sync stopped: the server&apos;s identity could not be verified</source>
        <translation>توقفت المزامنة: تعذّر التحقق من هوية الخادم</translation>
    </message>
    <message>
        <source>Sync paused: the server is busy, trying again later</source>
        <translation>المزامنة متوقفة مؤقتًا: الخادم مشغول، وستُعاد المحاولة لاحقًا</translation>
    </message>
    <message>
        <source>Sync failed: the server had a problem, trying again later</source>
        <translation>تعذّرت المزامنة: حدثت مشكلة في الخادم، وستُعاد المحاولة لاحقًا</translation>
    </message>
    <message>
        <source>Sync failed: the server refused the request</source>
        <translation>تعذّرت المزامنة: رفض الخادم الطلب</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept</source>
        <translation>تعذّرت المزامنة؛ تغييراتك محفوظة</translation>
    </message>
    <message>
        <source>Conflict resolved; your choice is sent with the next sync.</source>
        <translation>حُلّ التعارض؛ وسيُرسل اختيارك مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>لم يُطبَّق بعد</translation>
    </message>
    <message>
        <source>Not applied yet (%1)</source>
        <translation>لم يُطبَّق بعد (%1)</translation>
    </message>
    <message>
        <source>Sync paused: the server answers too slowly, trying again later</source>
        <translation>المزامنة متوقفة مؤقتًا: الخادم بطيء في الرد، وستُعاد المحاولة لاحقًا</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>E-mail</source>
        <extracomment>The template id of a row. The Template of a row.</extracomment>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>صفحة هبوط</translation>
    </message>
    <message>
        <source>%1 · marketing</source>
        <translation>%1 · تسويقي</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>TemplatesScreen</name>
    <message>
        <source>Search templates</source>
        <translation>البحث في القوالب</translation>
    </message>
    <message>
        <source>Search templates…</source>
        <translation>ابحث في القوالب…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>كل القوالب</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>قوالب البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Landing pages</source>
        <translation>صفحات الهبوط</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Add the sample templates</source>
        <translation>إضافة القوالب النموذجية</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>قالب جديد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Template name</source>
        <extracomment>The body tabs, by index.</extracomment>
        <translation>اسم القالب</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>صفحة هبوط</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Transactional (orders, appointments)</source>
        <translation>معاملاتي (طلبات، مواعيد)</translation>
    </message>
    <message>
        <source>Marketing (offers, newsletters)</source>
        <translation>تسويقي (عروض، نشرات)</translation>
    </message>
    <message>
        <source>Marketing templates are never rendered for contacts who objected to marketing.</source>
        <translation>لا تُعرض القوالب التسويقية أبدًا لجهات الاتصال التي اعترضت على التسويق.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Right to left (Arabic)</source>
        <translation>من اليمين إلى اليسار (عربي)</translation>
    </message>
    <message>
        <source>Left to right (English)</source>
        <translation>من اليسار إلى اليمين (إنجليزي)</translation>
    </message>
    <message>
        <source>Insert merge field</source>
        <translation>إدراج حقل دمج</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>نص HTML</translation>
    </message>
    <message>
        <source>Write the HTML here; put merge fields such as {{ contact.given_name }} where the contact&apos;s details go.</source>
        <translation>اكتب HTML هنا، وضع حقول الدمج مثل {{ contact.given_name }} في مواضع بيانات جهة الاتصال.</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>النص العادي</translation>
    </message>
    <message>
        <source>The plain-text version of the e-mail. Left empty, it is made from the HTML.</source>
        <translation>نسخة النص العادي من الرسالة. إذا تُركت فارغة تُنشأ من HTML.</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>الصور المرفقة</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>إضافة صورة…</translation>
    </message>
    <message>
        <source>Insert into HTML</source>
        <translation>إدراج في HTML</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>حذف الصورة</translation>
    </message>
    <message>
        <source>Images are stored encrypted with the template and shown in the HTML as cid:NAME.</source>
        <translation>تُحفظ الصور مشفّرة مع القالب، وتظهر في HTML بالصيغة cid:NAME.</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>محتوى القالب</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Template error</source>
        <translation>خطأ في القالب</translation>
    </message>
    <message>
        <source>Show the line</source>
        <translation>إظهار السطر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>The contact the preview uses when the workspace has none, or when it is chosen. An opening block tag with no `dir` attribute (the HTML is nh3&apos;s normalised output).</extracomment>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Find a contact for the preview</source>
        <translation>اختر جهة اتصال للمعاينة</translation>
    </message>
    <message>
        <source>Find a contact…</source>
        <translation>ابحث عن جهة اتصال…</translation>
    </message>
    <message>
        <source>Preview for contact</source>
        <translation>المعاينة لجهة الاتصال</translation>
    </message>
    <message>
        <source>Subject as the contact sees it</source>
        <translation>الموضوع كما يراه المستلم</translation>
    </message>
    <message>
        <source>Preview of the HTML</source>
        <translation>معاينة HTML</translation>
    </message>
    <message>
        <source>Preview of the plain text</source>
        <translation>معاينة النص العادي</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Refresh the preview</source>
        <translation>تحديث المعاينة</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>لا يوجد قالب مطابق.</translation>
    </message>
    <message>
        <source>No templates yet. Write one with “New template”, or start from the samples.</source>
        <translation>لا توجد قوالب بعد. أنشئ قالبًا من «قالب جديد»، أو ابدأ بالقوالب النموذجية.</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>عنوان الصفحة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>هل تريد حفظ التغييرات على هذا القالب؟</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(لم يُحفظ بعد)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) attached.</source>
        <translation>
            <numerusform>لم تُرفق أي صورة.</numerusform>
            <numerusform>أُرفقت صورة واحدة.</numerusform>
            <numerusform>أُرفقت صورتان.</numerusform>
            <numerusform>أُرفقت %n صور.</numerusform>
            <numerusform>أُرفقت %n صورة.</numerusform>
            <numerusform>أُرفقت %n صورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the image “%1” from this template?</source>
        <translation>هل تريد حذف الصورة «%1» من هذا القالب؟</translation>
    </message>
    <message>
        <source>The image cannot be attached: %1</source>
        <translation>تعذّر إرفاق الصورة: %1</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>حُفظ القالب.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>حذف القالب</translation>
    </message>
    <message>
        <source>Delete the template “%1” and its images? This cannot be undone.</source>
        <translation>هل تريد حذف القالب «%1» وصوره؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation>حُذف القالب «%1».</translation>
    </message>
    <message>
        <source>Sample contact (%1)</source>
        <translation>جهة اتصال تجريبية (%1)</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>منشأتك</translation>
    </message>
    <message>
        <source>Your business address</source>
        <translation>عنوان منشأتك</translation>
    </message>
    <message>
        <source>Page title: %1</source>
        <translation>عنوان الصفحة: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>These images are not attached: %1</source>
        <translation>هذه الصور غير مرفقة: %1</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB.</source>
        <translation>حجم %1 أكبر من 5 م.ب.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 ليس صورة.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock GTG CRM</source>
        <translation>فتح GTG CRM</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Passphrase</source>
        <extracomment>A message was shown under the field (a dialog may need to grow for it).</extracomment>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery code instead</source>
        <translation>نسيتها: سأستخدم رمز الاسترداد</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Enter the passphrase of this workspace, or leave it empty to unlock with this computer&apos;s keychain.</source>
        <translation>أدخل عبارة المرور الخاصة بمساحة العمل هذه، أو اتركها فارغة للفتح بسلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Enter the passphrase of this workspace.</source>
        <translation>أدخل عبارة المرور الخاصة بمساحة العمل هذه.</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you created the workspace.</source>
        <translation>أدخل رمز الاسترداد الذي حفظته عند إنشاء مساحة العمل.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>اكتب رمز الاسترداد أولًا.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>عبارة المرور غير صحيحة. تحقّق من لغة لوحة المفاتيح ومن زر الأحرف الكبيرة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This recovery code does not open the workspace. Check it and try again.</source>
        <translation>رمز الاسترداد هذا لا يفتح مساحة العمل. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>UsageDataPage</name>
    <message>
        <source>Delete all usage data</source>
        <translation>حذف كل بيانات الاستخدام</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Recorded usage events</source>
        <translation>أحداث الاستخدام المسجّلة</translation>
    </message>
    <message>
        <source>Usage data</source>
        <translation>بيانات الاستخدام</translation>
    </message>
    <message>
        <source>Usage analytics is on. This is everything recorded, kept in your encrypted workspace; no names, e-mail addresses or other contact data.</source>
        <translation>تحليلات الاستخدام مفعّلة. هذا كل ما سُجّل، وهو محفوظ في مساحة عملك المشفّرة، ولا يتضمن أسماء أو عناوين بريد إلكتروني أو أي بيانات أخرى لجهات الاتصال.</translation>
    </message>
    <message>
        <source>Usage analytics is off: nothing is recorded.</source>
        <translation>تحليلات الاستخدام معطّلة: لا يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>Screen opened</source>
        <translation>فتح شاشة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>مدة الجلسة</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded.</source>
        <translation>
            <numerusform>لا توجد أحداث مسجّلة.</numerusform>
            <numerusform>حدث واحد مسجّل.</numerusform>
            <numerusform>حدثان مسجّلان.</numerusform>
            <numerusform>%n أحداث مسجّلة.</numerusform>
            <numerusform>%n حدثًا مسجّلًا.</numerusform>
            <numerusform>%n حدث مسجّل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>لم يُسجَّل أي شيء بعد.</translation>
    </message>
    <message>
        <source>Nothing is recorded.</source>
        <translation>لا يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>Delete usage data</source>
        <translation>حذف بيانات الاستخدام</translation>
    </message>
    <message>
        <source>Delete every recorded usage event? This cannot be undone.</source>
        <translation>هل تريد حذف كل أحداث الاستخدام المسجّلة؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n usage event(s).</source>
        <translation>
            <numerusform>لم يُحذف أي حدث استخدام.</numerusform>
            <numerusform>حُذف حدث استخدام واحد.</numerusform>
            <numerusform>حُذف حدثا استخدام.</numerusform>
            <numerusform>حُذفت %n أحداث استخدام.</numerusform>
            <numerusform>حُذف %n حدث استخدام.</numerusform>
            <numerusform>حُذف %n حدث استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to GTG CRM</source>
        <translation>مرحبًا بك في GTG CRM</translation>
    </message>
    <message>
        <source>GTG CRM keeps your contacts and templates in an encrypted workspace on this computer. It works without the internet and syncs with your GTG cloud workspace when you are online.

The workspace will be created in this folder:</source>
        <translation>يحفظ GTG CRM جهات اتصالك وقوالبك في مساحة عمل مشفّرة على هذا الجهاز. يعمل البرنامج دون إنترنت، ويُزامن بياناتك مع مساحة عملك السحابية في GTG عند الاتصال.

ستُنشأ مساحة العمل في هذا المجلد:</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Some changes were not saved before the window locked. Unlock to save them; if you quit now, they are lost.</source>
        <translation>بعض التغييرات لم تُحفظ قبل قفل النافذة. افتح القفل لحفظها؛ وإذا خرجت الآن فستضيع.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>البقاء</translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation>الخروج دون حفظها</translation>
    </message>
    <message>
        <source>GTG CRM (locked)</source>
        <translation>GTG CRM (مقفل)</translation>
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
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>التعرّف تلقائيًا</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as numbers of this region.</source>
        <translation>تُقرأ أرقام الهاتف التي لا تبدأ برمز الدولة على أنها أرقام في هذه المنطقة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>ترميز الأحرف</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>منطقة أرقام الهاتف</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.ldif *.json *.txt);;All files (*)</source>
        <translation>جهات الاتصال (*.csv *.vcf *.ldif *.json *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Format: {format}. Encoding: {encoding}.</source>
        <translation>الصيغة: {format}. الترميز: {encoding}.</translation>
    </message>
    <message>
        <source>The character set cannot be told for sure: the people below are read as {encoding}, the best guess. Choose the character set that shows their names correctly to go on.</source>
        <translation>تعذّر تحديد ترميز الأحرف بيقين: قُرئت الأسماء أدناه بترميز {encoding}، وهو التخمين الأرجح. اختر الترميز الذي تظهر به الأسماء صحيحة للمتابعة.</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Columns left on “keep as a custom field” are kept, nothing is lost.</source>
        <translation>الأعمدة المتروكة على «الاحتفاظ كحقل مخصص» تُحفظ، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>keep as a custom field</source>
        <translation>الاحتفاظ كحقل مخصص</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>مسافة الجدولة</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>خط عمودي</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>التعرّف تلقائيًا</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>اليوم/الشهر/السنة</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>الشهر/اليوم/السنة</translation>
    </message>
    <message>
        <source>Year/month/day</source>
        <translation>السنة/الشهر/اليوم</translation>
    </message>
    <message>
        <source>Columns separated by</source>
        <translation>فاصل الأعمدة</translation>
    </message>
    <message>
        <source>Dates written as</source>
        <translation>ترتيب التاريخ</translation>
    </message>
    <message>
        <source>Detect automatically (found: %1)</source>
        <translation>التعرّف تلقائيًا (النتيجة: %1)</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>جارٍ قراءة الأعمدة…</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>التراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغيت العملية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>New: {new}. Updated (merged into existing contacts): {updated}. Unchanged: {unchanged}. Duplicates in the file: {duplicates}. Invalid rows: {invalid}. Warnings (values kept as written or left out, to check): {warnings}. Not imported because the person asked to be erased: {suppressed}.</source>
        <translation>جديدة: {new}. محدَّثة (دُمجت في جهات اتصال موجودة): {updated}. دون تغيير: {unchanged}. مكررة في الملف: {duplicates}. صفوف غير صالحة: {invalid}. تنبيهات (قيم حُفظت كما كُتبت أو أُهملت، للمراجعة): {warnings}. لم تُستورد لأن أصحابها طلبوا محو بياناتهم: {suppressed}.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>لم يتغيّر شيء بعد.</translation>
    </message>
    <message>
        <source>{reason} (imported, kept as written)</source>
        <translation>{reason} (استُوردت وحُفظت كما كُتبت)</translation>
    </message>
    <message>
        <source>{reason} (the person was imported)</source>
        <translation>{reason} (استُورد الشخص)</translation>
    </message>
    <message>
        <source>this person asked to be erased</source>
        <translation>طلب هذا الشخص إتلاف بياناته</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Deleted {id}.</source>
        <translation>حُذفت جهة الاتصال {id}.</translation>
    </message>
    <message>
        <source>No contacts found.</source>
        <translation>لم يُعثر على جهات اتصال.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>أعد كتابة عبارة المرور: </translation>
    </message>
    <message>
        <source>Waiting for &apos;{command}&apos; (process {pid}) to finish with the workspace...</source>
        <translation>في انتظار انتهاء &apos;{command}&apos; (العملية {pid}) من مساحة العمل...</translation>
    </message>
    <message>
        <source>Waiting for another program to finish with the workspace...</source>
        <translation>في انتظار انتهاء برنامج آخر من مساحة العمل...</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it); waiting up to 10 seconds...</source>
        <translation>قاعدة البيانات مشغولة (برنامج آخر يكتب فيها)؛ سننتظر حتى 10 ثوانٍ...</translation>
    </message>
    <message>
        <source>Workspace created in {path}.</source>
        <translation>أُنشئت مساحة العمل في {path}.</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; write it down and keep it somewhere safe):</source>
        <translation>رمز الاسترداد (يظهر الآن فقط؛ دوّنه واحفظه في مكان آمن):</translation>
    </message>
    <message>
        <source>The key is also kept in the system keychain.</source>
        <translation>حُفظ المفتاح أيضًا في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>No usable system keychain: the passphrase will be needed to unlock.</source>
        <translation>لا توجد سلسلة مفاتيح صالحة في النظام: ستحتاج إلى عبارة المرور لفتح مساحة العمل.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>تغيّرت عبارة المرور.</translation>
    </message>
    <message>
        <source>Data key rotated. The old recovery code no longer works; the new one is:</source>
        <translation>غُيّر مفتاح البيانات. لم يعد رمز الاسترداد القديم صالحًا، والرمز الجديد هو:</translation>
    </message>
    <message>
        <source>New recovery code (the old one no longer works; write this one down now):</source>
        <translation>رمز استرداد جديد (لم يعد الرمز القديم يعمل؛ دوّن هذا الرمز الآن):</translation>
    </message>
    <message>
        <source>Unencrypted copy written to {path}. Keep it safe.</source>
        <translation>كُتبت نسخة غير مشفّرة في {path}. احفظها في مكان آمن.</translation>
    </message>
    <message>
        <source>The database is healthy: every page decrypts and verifies, and SQLite finds no fault.</source>
        <translation>قاعدة البيانات سليمة: كل صفحة تُفك وتُتحقق، ولم يجد SQLite أي خلل.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>المشكلات التي وُجدت:</translation>
    </message>
    <message>
        <source>(more problems not shown; --json lists them all)</source>
        <translation>(مشكلات أخرى لم تُعرض؛ يعرضها --json كلها)</translation>
    </message>
    <message>
        <source>Dry run of {file} ({format}, {encoding}); nothing was changed.</source>
        <translation>تجربة استيراد {file} ({format}، {encoding})؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Imported {file} ({format}, {encoding}) as import {id}.</source>
        <translation>استُورد {file} ({format}، {encoding}) برقم الاستيراد {id}.</translation>
    </message>
    <message>
        <source>Rows: {rows}; new: {new}; updated: {updated}; unchanged: {unchanged}; duplicates in the file: {duplicates}; invalid: {invalid}; warnings: {warnings}; suppressed (erased people): {suppressed}.</source>
        <translation>الصفوف: {rows}؛ جديدة: {new}؛ محدَّثة: {updated}؛ دون تغيير: {unchanged}؛ مكررة في الملف: {duplicates}؛ غير صالحة: {invalid}؛ تنبيهات: {warnings}؛ محجوبة (أشخاص طلبوا المحو): {suppressed}.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {reason} (the person was imported)</source>
        <translation>السطر {line}: {reason} (استُورد الشخص)</translation>
    </message>
    <message>
        <source>Line {line}: {reason}: {value} (imported, kept as written)</source>
        <translation>السطر {line}: {reason}: {value} (استُورد وحُفظ كما كُتب)</translation>
    </message>
    <message>
        <source>The character set could not be told for sure; this dry run read the file as {encoding}, the best guess. To import, run the import again with --encoding {encoding} (or another character set).</source>
        <translation>تعذّر تحديد ترميز الأحرف بيقين؛ قرأ هذا التشغيل التجريبي الملف بترميز {encoding}، وهو التخمين الأرجح. للاستيراد، أعد تشغيل الاستيراد مع ‎--encoding {encoding}‎ (أو بترميز آخر).</translation>
    </message>
    <message>
        <source>Line {line}: not imported, this person asked to be erased.</source>
        <translation>السطر {line}: لم يُستورد، فقد طلب هذا الشخص إتلاف بياناته.</translation>
    </message>
    <message>
        <source>Line {line}: merged into {id} ({fields}).</source>
        <translation>السطر {line}: دُمج في {id} ({fields}).</translation>
    </message>
    <message>
        <source>To undo: gtgcrm import undo {id}</source>
        <translation>للتراجع: gtgcrm import undo {id}</translation>
    </message>
    <message>
        <source>Import {id} undone: {removed} contacts removed, {restored} restored, {skipped} skipped.</source>
        <translation>تم التراجع عن الاستيراد {id}: حُذفت {removed} جهة اتصال، واستُعيدت {restored}، وتُخطّيت {skipped}.</translation>
    </message>
    <message>
        <source>Contact {id} was changed after the import; it was left as it is.</source>
        <translation>جهة الاتصال {id} عُدّلت بعد الاستيراد، فتُركت كما هي.</translation>
    </message>
    <message>
        <source>Contact {id} was deleted after the import.</source>
        <translation>جهة الاتصال {id} حُذفت بعد الاستيراد.</translation>
    </message>
    <message>
        <source>{id}  {time}  {file} ({format}): {rows} rows, {new} new, {updated} updated, {invalid} invalid.</source>
        <translation>{id}  {time}  {file} ({format}): {rows} صفًا، {new} جديدة، {updated} محدَّثة، {invalid} غير صالحة.</translation>
    </message>
    <message>
        <source>{id}  {time}  {file} ({format}): {rows} rows, {new} new, {updated} updated, {invalid} invalid; undone {undone}.</source>
        <translation>{id}  {time}  {file} ({format}): {rows} صفًا، {new} جديدة، {updated} محدَّثة، {invalid} غير صالحة؛ تُراجع عنه في {undone}.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>لا توجد عمليات استيراد بعد.</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>صُدّرت {count} جهة اتصال إلى {file}.</translation>
    </message>
    <message>
        <source>{purpose}: {status} (recorded {at}).</source>
        <translation>{purpose}: {status} (سُجّلت في {at}).</translation>
    </message>
    <message>
        <source>Export written to {path} ({count} contacts, request {request}).</source>
        <translation>كُتب التصدير في {path} ({count} جهة اتصال، الطلب {request}).</translation>
    </message>
    <message>
        <source>Encrypted export written to {path} ({count} contacts, request {request}).</source>
        <translation>كُتب التصدير المشفّر في {path} ({count} جهة اتصال، الطلب {request}).</translation>
    </message>
    <message>
        <source>Decrypted export written to {path}. Keep it safe.</source>
        <translation>كُتب التصدير بعد فك تشفيره في {path}. احفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>Erased {id} (request {request}; {suppressed} suppression entries).</source>
        <translation>أُتلفت بيانات {id} (الطلب {request}؛ {suppressed} قيد في قائمة الحظر).</translation>
    </message>
    <message>
        <source>Corrected {fields} of {id} (request {request}).</source>
        <translation>صُحّحت الحقول {fields} لجهة الاتصال {id} (الطلب {request}).</translation>
    </message>
    <message>
        <source>Objection recorded for {id}: excluded from direct marketing (request {request}).</source>
        <translation>سُجّل اعتراض {id}: استُبعدت من التسويق المباشر (الطلب {request}).</translation>
    </message>
    <message>
        <source>Consent ledger: {consent} entries, intact. Audit log: {audit} entries, intact.</source>
        <translation>سجل الموافقات: {consent} قيد، سليم. سجل التدقيق: {audit} قيد، سليم.</translation>
    </message>
    <message>
        <source>Request {id}: {kind}, {status}.</source>
        <translation>الطلب {id}: {kind}، {status}.</translation>
    </message>
    <message>
        <source>No data requests.</source>
        <translation>لا توجد طلبات بيانات.</translation>
    </message>
    <message>
        <source>No contact without activity since {cutoff} ({months} months).</source>
        <translation>لا توجد جهة اتصال بلا نشاط منذ {cutoff} ({months} شهر).</translation>
    </message>
    <message>
        <source>{count} contacts without activity since {cutoff} ({months} months):</source>
        <translation>{count} جهة اتصال بلا نشاط منذ {cutoff} ({months} شهر):</translation>
    </message>
    <message>
        <source>Done: {count} contacts {action}.</source>
        <translation>تم: {count} جهة اتصال، الإجراء: {action}.</translation>
    </message>
    <message>
        <source>Nothing changed. Add --yes (and --action delete|anonymise) to apply.</source>
        <translation>لم يتغيّر شيء. أضف ‎--yes‎ (و‎--action delete|anonymise‎) للتطبيق.</translation>
    </message>
    <message>
        <source>Retention: {months} months, then {action}.</source>
        <translation>مدة الاحتفاظ: {months} شهر، ثم {action}.</translation>
    </message>
    <message>
        <source>Deleted {count} usage events.</source>
        <translation>حُذف {count} من أحداث الاستخدام.</translation>
    </message>
    <message>
        <source>No usage events are recorded.</source>
        <translation>لا توجد أحداث استخدام مسجّلة.</translation>
    </message>
    <message>
        <source>Privacy policy version {version} acknowledged.</source>
        <translation>سُجّل الاطلاع على سياسة الخصوصية، الإصدار {version}.</translation>
    </message>
    <message>
        <source>Version {version}, effective {date}.</source>
        <translation>الإصدار {version}، سارية من {date}.</translation>
    </message>
    <message>
        <source>Export passphrase: </source>
        <translation>عبارة مرور التصدير: </translation>
    </message>
    <message>
        <source>Repeat the export passphrase: </source>
        <translation>أعد كتابة عبارة مرور التصدير: </translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>off (never set)</source>
        <translation>معطّلة (لم تُضبط قط)</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>كلمة المرور لـ {email}: </translation>
    </message>
    <message>
        <source>Signed in to {server} as {email}; tokens kept in the {where}.</source>
        <translation>سُجّل الدخول إلى {server} باسم {email}؛ حُفظت الرموز في {where}.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>سُجّل الخروج.</translation>
    </message>
    <message>
        <source>Pulled {pulled}, pushed {pushed}, conflicts {conflicts}, rejected {rejected}.</source>
        <translation>المستلم: {pulled}، المرسل: {pushed}، التعارضات: {conflicts}، المرفوض: {rejected}.</translation>
    </message>
    <message>
        <source>{count} contact(s) of this computer were folded into the same people&apos;s contacts from the cloud instead of being added twice.</source>
        <translation>دُمجت {count} من جهات الاتصال على هذا الحاسوب في جهات الاتصال نفسها القادمة من السحابة بدلًا من إضافتها مرتين.</translation>
    </message>
    <message>
        <source>{count} conflict(s) wait for you: gtgcrm sync conflicts.</source>
        <translation>تعارضات بانتظارك ({count}): gtgcrm sync conflicts.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>لا توجد تغييرات مرفوضة.</translation>
    </message>
    <message>
        <source>Resolved {id} ({choice}); it is sent with the next sync.</source>
        <translation>حُلّ التعارض {id} ({choice})؛ وسيُرسل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Address book password for {username}: </source>
        <translation>كلمة مرور دفتر العناوين للمستخدم {username}: </translation>
    </message>
    <message>
        <source>Address book {url} added for {username}; password kept in the {where}.</source>
        <translation>أُضيف دفتر العناوين {url} للمستخدم {username}؛ حُفظت كلمة المرور في {where}.</translation>
    </message>
    <message>
        <source>Address book removed; the contacts on this computer are kept.</source>
        <translation>أُزيل دفتر العناوين؛ بقيت جهات الاتصال على هذا الجهاز كما هي.</translation>
    </message>
    <message>
        <source>Warning: the address book was removed, but the cards of {count} erased contact(s) remain on the address book server; delete them there.</source>
        <translation>تنبيه: أُزيل دفتر العناوين، لكن بطاقات {count} من جهات الاتصال الممحوّة ما زالت على خادم دفتر العناوين؛ احذفها من هناك.</translation>
    </message>
    <message>
        <source>{count} card(s) of erased people were not imported.</source>
        <translation>لم تُستورَد {count} من البطاقات لأنها تخص أشخاصًا مُحيت بياناتهم.</translation>
    </message>
    <message>
        <source>{count} card(s) were paired with contacts already here (the same person).</source>
        <translation>رُبطت {count} من البطاقات بجهات اتصال موجودة هنا (الشخص نفسه).</translation>
    </message>
    <message>
        <source>Pulled {pulled}, pushed {pushed}, conflicts {conflicts}.</source>
        <translation>المستلَمة: {pulled}، المُرسَلة: {pushed}، التعارضات: {conflicts}.</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>encrypted workspace</source>
        <translation>مساحة العمل المشفّرة</translation>
    </message>
    <message>
        <source>{count} change(s) from the cloud could not be applied here yet; they are tried again at each sync (see the Sync tab).</source>
        <translation>تعذّر حتى الآن تطبيق {count} من التغييرات الواردة من السحابة هنا؛ تُعاد محاولة تطبيقها مع كل مزامنة (انظر شاشة «المزامنة»).</translation>
    </message>
    <message>
        <source>Backup written to {path} (contacts: {contacts}).</source>
        <translation>حُفظت النسخة الاحتياطية في {path} (جهات الاتصال: {contacts}).</translation>
    </message>
    <message>
        <source>No backups in {path}.</source>
        <translation>لا توجد نسخ احتياطية في {path}.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميجابايت</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <source>The backup is healthy (contacts: {contacts}; made {created_at}).</source>
        <translation>النسخة الاحتياطية سليمة (جهات الاتصال: {contacts}؛ أُنشئت في {created_at}).</translation>
    </message>
    <message>
        <source>Backup restored into {path} (contacts: {contacts}).</source>
        <translation>استُعيدت النسخة الاحتياطية إلى {path} (جهات الاتصال: {contacts}).</translation>
    </message>
    <message>
        <source>The workspace that was there was moved (not deleted) to {path}.</source>
        <translation>نُقلت مساحة العمل التي كانت هناك إلى {path} ولم تُحذف.</translation>
    </message>
    <message>
        <source>People erased after the backup was made, erased again: {count}.</source>
        <translation>أشخاص أُتلفت بياناتهم بعد إنشاء النسخة فأُتلفت مجددًا: {count}.</translation>
    </message>
    <message>
        <source>Its next sync first pulls what changed elsewhere since the backup, then pushes.</source>
        <translation>في مزامنتها التالية تُجلب أولًا التغييرات التي جرت في الأجهزة الأخرى منذ النسخة، ثم تُرسل تغييراتها.</translation>
    </message>
    <message>
        <source>Passphrase of the workspace here (its erasures are re-applied to the backup): </source>
        <translation>عبارة مرور مساحة العمل الموجودة هنا (يُعاد تطبيق ما مُحي فيها على النسخة الاحتياطية): </translation>
    </message>
    <message>
        <source>Warning: the current workspace could not be opened, so its erasures were not re-applied; those synced to the cloud are applied at the next sync.</source>
        <translation>تنبيه: تعذّر فتح مساحة العمل الحالية، فلم يُعَد تطبيق عمليات الإتلاف المسجلة فيها؛ أما المسجلة في السحابة فتُطبَّق في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Old automatic backups of the replaced workspace are left in {path}; delete them by hand when no longer needed.</source>
        <translation>بقيت النسخ الاحتياطية التلقائية القديمة لمساحة العمل المستبدَلة في {path}؛ احذفها يدويًا عندما لا تعود بحاجة إليها.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>%1 AH</source>
        <extracomment>Times of day are written on the 24-hour clock everywhere (lists, status bar). Set once at start from the machine settings (`set_date_style`).</extracomment>
        <translation>%1 هـ</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Internal error ({kind}); details are in {log}.</source>
        <extracomment>Modules of `gtgcrm_desktop.commands` that are not command groups.</extracomment>
        <translation>حدث خطأ داخلي ({kind})؛ التفاصيل في {log}.</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>توقفت العملية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Usage error: {detail}</source>
        <translation>خطأ في طريقة الاستخدام: {detail}</translation>
    </message>
    <message>
        <source>Custom fields are written KEY=VALUE, not {value}.</source>
        <translation>تُكتب الحقول المخصصة بالصيغة KEY=VALUE، وليس {value}.</translation>
    </message>
    <message>
        <source>Cannot clear {value}.</source>
        <translation>لا يمكن مسح {value}.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>تعذّرت قراءة {path}.</translation>
    </message>
    <message>
        <source>Give the new passphrase (GTGCRM_NEW_PASSPHRASE or --new-passphrase-file).</source>
        <translation>أدخل عبارة المرور الجديدة (GTGCRM_NEW_PASSPHRASE أو ‎--new-passphrase-file‎).</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use at least 12 characters, for example four unrelated words, or give --allow-weak to use it anyway.</source>
        <translation>عبارة المرور هذه سهلة التخمين. استخدم 12 حرفًا على الأقل، مثل أربع كلمات لا رابط بينها، أو أضف --allow-weak لاستخدامها رغم ذلك.</translation>
    </message>
    <message>
        <source>{path} exists and is not a file of yours that can be replaced; choose another name.</source>
        <translation>{path} موجود وليس ملفًا خاصًا بك يمكن استبداله؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>لا يوجد إعداد باسم {key}.</translation>
    </message>
    <message>
        <source>{value} is not a valid value for {key}.</source>
        <translation>{value} ليست قيمة صالحة للإعداد {key}.</translation>
    </message>
    <message>
        <source>Give the current passphrase (GTGCRM_PASSPHRASE or --passphrase-file).</source>
        <extracomment>A damaged file may yield a problem line per page: show the first lines.</extracomment>
        <translation>أدخل عبارة المرور الحالية (GTGCRM_PASSPHRASE أو ‎--passphrase-file‎).</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <extracomment>Parameters whose values are themselves translatable, with their context.</extracomment>
        <translation>حدث خطأ داخلي.</translation>
    </message>
    <message>
        <source>The input was refused.</source>
        <translation>رُفضت البيانات المُدخلة.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <translation>لا يوجد {entity} بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>A workspace already exists in {path}.</source>
        <translation>توجد مساحة عمل بالفعل في {path}.</translation>
    </message>
    <message>
        <source>The workspace cannot be unlocked.</source>
        <translation>تعذّر فتح مساحة العمل.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Unknown recovery code.</source>
        <translation>رمز الاسترداد غير معروف.</translation>
    </message>
    <message>
        <source>No key in the system keychain for this workspace; give the passphrase (GTGCRM_PASSPHRASE or --passphrase-file).</source>
        <translation>لا يوجد مفتاح لمساحة العمل هذه في سلسلة مفاتيح النظام؛ أدخل عبارة المرور (GTGCRM_PASSPHRASE أو ‎--passphrase-file‎).</translation>
    </message>
    <message>
        <source>No workspace in {path}; create one with &apos;gtgcrm init&apos;.</source>
        <translation>لا توجد مساحة عمل في {path}؛ أنشئ واحدة بالأمر &apos;gtgcrm init&apos;.</translation>
    </message>
    <message>
        <source>The workspace in {path} is damaged: {detail}.</source>
        <translation>مساحة العمل في {path} تالفة: {detail}.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of GTG CRM (schema {found}, this version knows up to {known}); update the app.</source>
        <translation>أُنشئت مساحة العمل هذه بإصدار أحدث من GTG CRM (المخطط {found}، وهذا الإصدار يدعم حتى {known})؛ حدّث البرنامج.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: {detail}.</source>
        <translation>تعذّر استخدام سلسلة مفاتيح النظام: {detail}.</translation>
    </message>
    <message>
        <source>The workspace in {path} is damaged: part of its database cannot be read. Restore your latest backup (&apos;gtgcrm backup list&apos;, then &apos;gtgcrm backup restore FILE --to DIR&apos;).</source>
        <translation>مساحة العمل في {path} تالفة: تعذّرت قراءة جزء من قاعدة بياناتها. استعد أحدث نسخة احتياطية (&apos;gtgcrm backup list&apos; ثم &apos;gtgcrm backup restore FILE --to DIR&apos;).</translation>
    </message>
    <message>
        <source>The workspace is open in the GTG CRM app (process {pid}); close the app and try again.</source>
        <translation>مساحة العمل مفتوحة في تطبيق GTG CRM (العملية {pid})؛ أغلق التطبيق ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The workspace is in use by &apos;{command}&apos; (process {pid}); try again when it has finished.</source>
        <translation>مساحة العمل قيد الاستخدام من &apos;{command}&apos; (العملية {pid})؛ حاول مرة أخرى بعد انتهائه.</translation>
    </message>
    <message>
        <source>The workspace is in use by another program; try again when it has finished.</source>
        <translation>مساحة العمل قيد الاستخدام من برنامج آخر؛ حاول مرة أخرى بعد انتهائه.</translation>
    </message>
    <message>
        <source>The database stayed busy for more than {seconds} seconds (another program is writing to it); nothing was changed. Try again.</source>
        <translation>ظلت قاعدة البيانات مشغولة أكثر من {seconds} ثانية (برنامج آخر يكتب فيها)؛ لم يتغير شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>تعذّر استخدام {path}: {reason}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>نظام الملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>جزء من المسار ليس مجلدًا</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>موجود من قبل</translation>
    </message>
    <message>
        <source>the operating system refused it</source>
        <translation>رفضه نظام التشغيل</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>عنوان البريد الإلكتروني غير صالح</translation>
    </message>
    <message>
        <source>not a valid phone number</source>
        <translation>رقم الهاتف غير صالح</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD, or --MM-DD when the year is unknown)</source>
        <translation>ليس تاريخًا صالحًا (اكتبه بالسنة ثم الشهر ثم اليوم مثل ‎1990-03-14‎، أو بالشهر واليوم فقط مثل ‎--03-14‎ إذا كانت السنة غير معروفة)</translation>
    </message>
    <message>
        <source>a contact needs a name, an organisation or an e-mail address</source>
        <translation>يجب أن يكون لجهة الاتصال اسم أو منشأة أو بريد إلكتروني</translation>
    </message>
    <message>
        <source>not a known region code</source>
        <translation>رمز الدولة غير معروف</translation>
    </message>
    <message>
        <source>nothing identifies this person: no name, organisation, e-mail or phone</source>
        <translation>لا شيء يعرّف هذا الشخص: لا اسم ولا جهة عمل ولا بريد إلكتروني ولا هاتف</translation>
    </message>
    <message>
        <source>a custom field with a value needs a name</source>
        <translation>الحقل المخصص الذي له قيمة يحتاج إلى اسم</translation>
    </message>
    <message>
        <source>two custom fields have the same name</source>
        <translation>يوجد حقلان مخصصان بالاسم نفسه</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>رُفض الملف.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}.</source>
        <translation>تعذّرت قراءة {file}: {detail}.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {detail}.</source>
        <translation>تعذّرت الكتابة في {file}: {detail}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>الملف {file} فارغ.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 (first bad byte at offset {offset}) and does not look like Arabic Windows-1256 text; save it as UTF-8 and try again.</source>
        <translation>الملف {file} ليس بترميز UTF-8 صالح (أول بايت خاطئ عند الموضع {offset}) ولا يبدو نصًا عربيًا بترميز Windows-1256؛ احفظه بترميز UTF-8 وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 (first bad byte at offset {offset}) and its character set cannot be told for sure; it looks like {guess}. Check a dry run or the preview, then import it with --encoding {guess} (or choose the character set in the import window).</source>
        <translation>الملف {file} ليس بترميز UTF-8 صالح (أول بايت خاطئ عند الموضع {offset})، وتعذّر تحديد ترميز أحرفه بيقين؛ يبدو أنه {guess}. راجع تشغيلًا تجريبيًا أو المعاينة، ثم استورده مع ‎--encoding {guess}‎ (أو اختر ترميز الأحرف في نافذة الاستيراد).</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} (first bad byte at offset {offset}); choose another character set.</source>
        <translation>الملف {file} ليس بترميز {encoding} صالح (أول بايت خاطئ عند الموضع {offset})؛ اختر ترميز أحرف آخر.</translation>
    </message>
    <message>
        <source>{encoding} is not a known character set (try utf-8, windows-1252, shift_jis).</source>
        <translation>{encoding} ليس ترميز أحرف معروفًا (جرّب utf-8 أو windows-1252 أو shift_jis).</translation>
    </message>
    <message>
        <source>{region} is not a known phone region; give a two-letter country code (SA, AE, US, DE).</source>
        <translation>{region} ليس رمز منطقة هاتف معروفًا؛ اكتب رمز الدولة من حرفين (SA أو AE أو US أو DE).</translation>
    </message>
    <message>
        <source>{file} starts with a {encoding} byte order mark but is not valid {encoding} (first bad byte at offset {offset}).</source>
        <translation>يبدأ الملف {file} بعلامة ترتيب البايتات الخاصة بترميز {encoding} لكنه ليس {encoding} صالحًا (أول بايت خاطئ عند الموضع {offset}).</translation>
    </message>
    <message>
        <source>{file} looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a byte order mark.</source>
        <translation>يبدو أن الملف {file} بترميز UTF-16 دون علامة ترتيب البايتات؛ احفظه بترميز UTF-8، أو UTF-16 مع علامة ترتيب البايتات.</translation>
    </message>
    <message>
        <source>{file} is a binary file, not a contacts file.</source>
        <translation>الملف {file} ملف ثنائي وليس ملف جهات اتصال.</translation>
    </message>
    <message>
        <source>The format of {file} was not recognised; choose it with --format.</source>
        <translation>لم يُتعرّف على صيغة الملف {file}؛ حدّدها باستخدام ‎--format‎.</translation>
    </message>
    <message>
        <source>{file} is not a {format} file: {detail}.</source>
        <translation>الملف {file} ليس ملف {format}: {detail}.</translation>
    </message>
    <message>
        <source>{file} cannot be read at line {line}: {detail}.</source>
        <translation>تعذّرت قراءة الملف {file} عند السطر {line}: {detail}.</translation>
    </message>
    <message>
        <source>The column mapping is not valid: {detail}.</source>
        <translation>مطابقة الأعمدة غير صالحة: {detail}.</translation>
    </message>
    <message>
        <source>The column mapping gives the column {column} an unknown field {target}.</source>
        <translation>تربط مطابقة الأعمدة العمود {column} بحقل غير معروف {target}.</translation>
    </message>
    <message>
        <source>The column mapping names a column {column} that the file does not have.</source>
        <translation>تذكر مطابقة الأعمدة عمودًا {column} غير موجود في الملف.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>No import with id {id}.</source>
        <translation>لا توجد عملية استيراد بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>The import {id} was already undone.</source>
        <translation>سبق التراجع عن عملية الاستيراد {id}.</translation>
    </message>
    <message>
        <source>No merge with id {id}.</source>
        <translation>لا توجد عملية دمج بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>The merge {id} was already undone.</source>
        <translation>سبق التراجع عن عملية الدمج {id}.</translation>
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
        <translation>البطاقة بلا سطر END:VCARD؛ استُورد الشخص بما قُرئ من أسطرها</translation>
    </message>
    <message>
        <source>a card inside this card (an AGENT, or a missing END:VCARD) was imported as a person of its own</source>
        <translation>بطاقة داخل هذه البطاقة (AGENT، أو سطر END:VCARD مفقود) استُوردت شخصًا مستقلًا</translation>
    </message>
    <message>
        <source>a line outside BEGIN:VCARD ... END:VCARD</source>
        <translation>يوجد سطر خارج BEGIN:VCARD ... END:VCARD</translation>
    </message>
    <message>
        <source>The columns of {file} were not recognised as Google, Outlook, Thunderbird or Yahoo columns; give a column mapping (--map).</source>
        <translation>لم يُتعرّف على أعمدة الملف {file} بوصفها أعمدة Google أو Outlook أو Thunderbird أو Yahoo؛ حدّد مطابقة للأعمدة (‎--map‎).</translation>
    </message>
    <message>
        <source>a line of the card is not a vCard property</source>
        <translation>أحد أسطر البطاقة ليس خاصية vCard</translation>
    </message>
    <message>
        <source>a value is not valid quoted-printable or base64, or not in its character set</source>
        <translation>إحدى القيم ليست بترميز quoted-printable أو base64 صالح، أو لا تطابق مجموعة المحارف المحددة لها</translation>
    </message>
    <message>
        <source>the value was not in the character set it names, or names none; it was read in the file&apos;s character set or as Windows-1252</source>
        <translation>القيمة ليست بترميز الأحرف المذكور لها، أو لم يُذكر لها ترميز؛ فقُرئت بترميز الملف أو بترميز Windows-1252</translation>
    </message>
    <message>
        <source>a line that is not a vCard property was skipped; the rest of the card was read</source>
        <translation>تُخطّي سطر ليس خاصية vCard، وقُرئت بقية البطاقة</translation>
    </message>
    <message>
        <source>the value is too long and was left out</source>
        <translation>القيمة طويلة جدًا فأُهملت</translation>
    </message>
    <message>
        <source>the photo cannot be decoded (not valid base64) and was left out</source>
        <translation>تعذّر فك ترميز الصورة (ليست base64 صالحة) فأُهملت</translation>
    </message>
    <message>
        <source>the photo is larger than 1 MB and was left out</source>
        <translation>الصورة أكبر من 1 ميغابايت فأُهملت</translation>
    </message>
    <message>
        <source>it holds no BEGIN:VCARD</source>
        <translation>لا يحتوي على BEGIN:VCARD</translation>
    </message>
    <message>
        <source>the CSV structure is broken (unclosed quote or a field too long)</source>
        <translation>بنية ملف CSV تالفة (علامة اقتباس غير مغلقة أو حقل طويل جدًا)</translation>
    </message>
    <message>
        <source>it has no header row</source>
        <translation>لا يحتوي على صف العناوين</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ليس بصيغة JSON صالحة</translation>
    </message>
    <message>
        <source>it has no list of contacts</source>
        <translation>لا يحتوي على قائمة جهات اتصال</translation>
    </message>
    <message>
        <source>an entry of the contact list is not a contact</source>
        <translation>أحد عناصر قائمة جهات الاتصال ليس جهة اتصال</translation>
    </message>
    <message>
        <source>it must be a JSON object of column names to fields</source>
        <translation>يجب أن يكون كائن JSON يربط أسماء الأعمدة بالحقول</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
        <source>{value} is not a valid {what}; use one of: {choices}.</source>
        <translation>{value} ليست قيمة صالحة لـ{what}؛ استخدم إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <source>{value} is not a consent source; use one of: {choices}.</source>
        <translation>{value} ليس مصدرًا معروفًا للموافقة؛ استخدم أحد المصادر: {choices}.</translation>
    </message>
    <message>
        <source>Usage event names are short identifiers (a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;-&apos;), never free text.</source>
        <translation>أسماء أحداث الاستخدام معرّفات قصيرة (a-z و0-9 و&apos;.&apos; و&apos;_&apos; و&apos;:&apos; و&apos;-&apos;)، وليست نصًا حرًا أبدًا.</translation>
    </message>
    <message>
        <source>Data request {id} is already closed ({status}).</source>
        <translation>طلب البيانات {id} مغلق بالفعل ({status}).</translation>
    </message>
    <message>
        <source>Data request {id} is a {kind} request for {subject}, not for this action.</source>
        <translation>طلب البيانات {id} هو طلب {kind} يخص {subject}، ولا يصلح لهذا الإجراء.</translation>
    </message>
    <message>
        <source>This cannot be undone; add --yes to confirm.</source>
        <translation>لا يمكن التراجع عن هذا الإجراء؛ أضف ‎--yes‎ للتأكيد.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} موجود بالفعل؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>Give the export passphrase (GTGCRM_EXPORT_PASSPHRASE or --export-passphrase-file).</source>
        <translation>أدخل عبارة مرور التصدير (GTGCRM_EXPORT_PASSPHRASE أو ‎--export-passphrase-file‎).</translation>
    </message>
    <message>
        <source>{path} is not an encrypted GTG CRM export.</source>
        <translation>{path} ليس ملف تصدير مشفّرًا من GTG CRM.</translation>
    </message>
    <message>
        <source>{path} uses export format {version}; update the app to open it.</source>
        <translation>يستخدم {path} صيغة التصدير {version}؛ حدّث البرنامج لفتحه.</translation>
    </message>
    <message>
        <source>Cannot open {path}: wrong passphrase, or the file is damaged or incomplete.</source>
        <translation>تعذّر فتح {path}: عبارة المرور غير صحيحة، أو الملف تالف أو ناقص.</translation>
    </message>
    <message>
        <source>Tampering detected. Consent ledger entries: {consent}. Audit log entries: {audit}.</source>
        <translation>اكتُشف عبث بالسجلات. قيود سجل الموافقات: {consent}. قيود سجل التدقيق: {audit}.</translation>
    </message>
    <message>
        <source>Nothing to correct: no field was changed.</source>
        <translation>لا يوجد ما يُصحَّح: لم يتغيّر أي حقل.</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 1200 months, not {value}.</source>
        <translation>يجب أن تكون مدة الاحتفاظ بين 1 و1200 شهر، وليس {value}.</translation>
    </message>
    <message>
        <source>{path} asks for more than GTG CRM ever writes (a far higher decryption cost); it was not opened.</source>
        <translation>يطلب الملف {path} أكثر مما يكتبه GTG CRM في أي وقت (كلفة فك تشفير أعلى بكثير)، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>{path} is larger than any export GTG CRM writes; nothing was opened.</source>
        <translation>{path} أكبر من أي ملف تصدير يكتبه GTG CRM؛ لم يُفتح شيء.</translation>
    </message>
    <message>
        <source>{path} would unpack to more than GTG CRM ever writes (too many or too large files); nothing was written.</source>
        <translation>فكّ ضغط {path} سينتج أكثر مما يكتبه GTG CRM في أي وقت (ملفات كثيرة جدًا أو كبيرة جدًا)، ولم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>{path} holds a file named {name} that cannot be unpacked safely; nothing was written.</source>
        <translation>يحتوي {path} على ملف باسم {name} لا يمكن فك ضغطه بأمان، ولم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>A contact with id {id} already exists.</source>
        <translation>توجد جهة اتصال بالمعرّف {id} بالفعل.</translation>
    </message>
    <message>
        <source>the database cannot be decrypted with its key, or is not a database</source>
        <translation>تعذّر فك تشفير قاعدة البيانات بمفتاحها، أو أنها ليست قاعدة بيانات</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>ملف قاعدة البيانات تالف</translation>
    </message>
    <message>
        <source>its key file is unreadable</source>
        <extracomment>Argon2id cost: 64 MiB, 2 passes, 4 lanes (about 0.2 s here; above OWASP&apos;s minimums). Crockford base32: no I, L, O, U, so a code read aloud or retyped is not misread.</extracomment>
        <translation>ملف المفاتيح الخاص بها غير قابل للقراءة</translation>
    </message>
    <message>
        <source>its key file asks for a far higher unlocking cost than GTG CRM ever writes</source>
        <translation>ملف مفاتيحها يطلب كلفة فتح أعلى بكثير مما يكتبه GTG CRM</translation>
    </message>
    <message>
        <source>its database file is missing</source>
        <translation>ملف قاعدة البيانات الخاص بها مفقود</translation>
    </message>
    <message>
        <source>its key file is missing</source>
        <translation>ملف المفاتيح الخاص بها مفقود</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>يجب ألا تكون عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>its key file no longer matches the key this window holds; open it again</source>
        <translation>ملف مفاتيحها لم يعد يطابق المفتاح الذي تحمله هذه النافذة؛ افتحها من جديد</translation>
    </message>
    <message>
        <source>Warning: a key rotation was cut short before its new recovery code was shown, so the old recovery code no longer works. Get a new one now with &apos;gtgcrm key recovery-code&apos;.</source>
        <extracomment>Shown at open (CLI: on stderr; app: Workspace.pending_notice) until a new code is shown.</extracomment>
        <translation>تنبيه: توقف تدوير المفتاح قبل عرض رمز الاسترداد الجديد، لذا لم يعد رمز الاسترداد القديم يعمل. احصل على رمز جديد الآن بالأمر &apos;gtgcrm key recovery-code&apos;.</translation>
    </message>
    <message>
        <source>{part}, line {line}: the “{block}” block is never closed.</source>
        <translation>{part}، السطر {line}: الكتلة «{block}» غير مغلقة.</translation>
    </message>
    <message>
        <source>{part}, line {line}: the template ends in the middle of a tag.</source>
        <translation>{part}، السطر {line}: ينتهي القالب في منتصف وسم.</translation>
    </message>
    <message>
        <source>{part}, line {line}: unexpected “{token}”.</source>
        <translation>{part}، السطر {line}: «{token}» في غير موضعه.</translation>
    </message>
    <message>
        <source>{part}, line {line}: expected “{expected}” but found “{found}”.</source>
        <translation>{part}، السطر {line}: كان المتوقع «{expected}» لكن وُجد «{found}».</translation>
    </message>
    <message>
        <source>{part}, line {line}: unknown tag “{tag}”.</source>
        <translation>{part}، السطر {line}: الوسم «{tag}» غير معروف.</translation>
    </message>
    <message>
        <source>{part}, line {line}: unknown filter “{name}”.</source>
        <translation>{part}، السطر {line}: المرشّح «{name}» غير معروف.</translation>
    </message>
    <message>
        <source>{part}, line {line}: a field or value is missing before “{found}”.</source>
        <translation>{part}، السطر {line}: يوجد حقل أو قيمة ناقصة قبل «{found}».</translation>
    </message>
    <message>
        <source>{part}, line {line}: unknown test “{name}”.</source>
        <translation>{part}، السطر {line}: الاختبار «{name}» غير معروف.</translation>
    </message>
    <message>
        <source>The template cannot be rendered.</source>
        <translation>تعذّر عرض القالب.</translation>
    </message>
    <message>
        <source>{part}, line {line}: unknown merge field {field}.</source>
        <translation>{part}، السطر {line}: حقل الدمج {field} غير معروف.</translation>
    </message>
    <message>
        <source>{part}, line {line}: syntax error: {detail}.</source>
        <translation>{part}، السطر {line}: خطأ في الصياغة: {detail}.</translation>
    </message>
    <message>
        <source>{part}, line {line}: the template does something that is not allowed.</source>
        <translation>{part}، السطر {line}: يحاول القالب تنفيذ أمر غير مسموح به.</translation>
    </message>
    <message>
        <source>{part}, line {line}: “{attribute}” cannot be used in a template.</source>
        <translation>{part}، السطر {line}: لا يُسمح باستخدام «{attribute}» في القوالب.</translation>
    </message>
    <message>
        <source>{part}, line {line}: the template loops too much or produces too much text.</source>
        <translation>{part}، السطر {line}: يتكرر القالب كثيرًا أو يُنتج نصًا طويلًا جدًا.</translation>
    </message>
    <message>
        <source>{part}: the template loops too much or produces too much text.</source>
        <translation>{part}: يتكرر القالب كثيرًا أو يُنتج نصًا طويلًا جدًا.</translation>
    </message>
    <message>
        <source>{part}, line {line}: {detail}.</source>
        <translation>{part}، السطر {line}: {detail}.</translation>
    </message>
    <message>
        <source>This contact may not receive marketing ({reason}); the template was not rendered.</source>
        <translation>لا يجوز إرسال رسائل تسويقية إلى جهة الاتصال هذه ({reason})؛ لم يُعرض القالب.</translation>
    </message>
    <message>
        <source>The template is not valid: {detail}.</source>
        <translation>القالب غير صالح: {detail}.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <extracomment>Compiled parts kept (the editor&apos;s and a mail merge&apos;s few templates, three parts each), when their source is at most `CACHED_SOURCE` characters.</extracomment>
        <translation>الاسم فارغ</translation>
    </message>
    <message>
        <source>the kind must be an e-mail or a landing page</source>
        <translation>يجب أن يكون النوع بريدًا إلكترونيًا أو صفحة هبوط</translation>
    </message>
    <message>
        <source>the direction must be right-to-left or left-to-right</source>
        <translation>يجب أن يكون الاتجاه من اليمين إلى اليسار أو من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>the purpose must be transactional or marketing</source>
        <translation>يجب أن يكون الغرض معاملاتيًا أو تسويقيًا</translation>
    </message>
    <message>
        <source>Sync failed; your changes are kept and will be sent later.</source>
        <translation>تعذّرت المزامنة؛ تغييراتك محفوظة وستُرسل لاحقًا.</translation>
    </message>
    <message>
        <source>The sync server {server} cannot be reached; your changes are kept and will be sent later.</source>
        <translation>تعذّر الوصول إلى خادم المزامنة {server}؛ تغييراتك محفوظة وستُرسل لاحقًا.</translation>
    </message>
    <message>
        <source>The sync server is busy; try again in a few minutes (your changes are kept).</source>
        <translation>خادم المزامنة مشغول؛ حاول مرة أخرى بعد دقائق (تغييراتك محفوظة).</translation>
    </message>
    <message>
        <source>The sync server failed ({status}); try again later (your changes are kept).</source>
        <translation>حدث خطأ في خادم المزامنة ({status})؛ حاول لاحقًا (تغييراتك محفوظة).</translation>
    </message>
    <message>
        <source>The identity of the sync server {server} could not be verified (TLS certificate); nothing was sent.</source>
        <translation>تعذّر التحقق من هوية خادم المزامنة {server} (شهادة TLS)؛ لم يُرسل أي شيء.</translation>
    </message>
    <message>
        <source>The sync server refused the request ({status}: {code}).</source>
        <translation>رفض خادم المزامنة الطلب ({status}: {code}).</translation>
    </message>
    <message>
        <source>Sign in to the sync server again: gtgcrm sync login --server URL --email E.</source>
        <translation>سجّل الدخول إلى خادم المزامنة من جديد: gtgcrm sync login --server URL --email E.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (got {url}).</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ https://‎ (العنوان المُدخل: {url}).</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way: {detail}.</source>
        <translation>لا يمكن حل هذا التعارض بهذه الطريقة: {detail}.</translation>
    </message>
    <message>
        <source>The sync server {server} answered with a redirect (HTTP {status}), which is not followed: nothing was sent elsewhere. Check the server address.</source>
        <translation>أجاب خادم المزامنة {server} بإعادة توجيه (HTTP {status})، ولا يتبعها التطبيق: لم يُرسَل أي شيء إلى مكان آخر. تحقّق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>The sync server {server} took longer than {seconds} seconds to send its answer; your changes are kept and will be sent later.</source>
        <translation>استغرق خادم المزامنة {server} أكثر من {seconds} ثانية لإرسال ردّه؛ تغييراتك محفوظة وستُرسَل لاحقًا.</translation>
    </message>
    <message>
        <source>The sync server {server} sent a larger answer than GTG CRM accepts; your changes are kept and will be sent later.</source>
        <translation>أرسل خادم المزامنة {server} ردًّا أكبر مما يقبله GTG CRM؛ تغييراتك محفوظة وستُرسَل لاحقًا.</translation>
    </message>
    <message>
        <source>Give the import id: gtgcrm import undo IMPORT_ID</source>
        <translation>حدّد رقم الاستيراد: gtgcrm import undo IMPORT_ID</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>حدّد ملفًا واحدًا للاستيراد.</translation>
    </message>
    <message>
        <source>gtgcrm import list takes no import id.</source>
        <translation>الأمر gtgcrm import list لا يأخذ رقم استيراد.</translation>
    </message>
    <message>
        <source>The decrypted export is not a valid zip file.</source>
        <translation>ملف التصدير بعد فك تشفيره ليس ملف zip صالحًا.</translation>
    </message>
    <message>
        <source>Give the cloud password (GTGCRM_CLOUD_PASSWORD, or run on a terminal).</source>
        <translation>أدخل كلمة مرور الحساب السحابي (GTGCRM_CLOUD_PASSWORD، أو شغّل الأمر في الطرفية).</translation>
    </message>
    <message>
        <source>Choose local, remote or --value VALUE.</source>
        <translation>اختر local أو remote أو ‎--value VALUE‎.</translation>
    </message>
    <message>
        <source>a deleted-versus-edited conflict is resolved as local or remote, not with a value</source>
        <translation>تعارض الحذف مقابل التعديل يُحل بـ local أو remote، وليس بقيمة</translation>
    </message>
    <message>
        <source>it is already resolved</source>
        <translation>سبق حله</translation>
    </message>
    <message>
        <source>The address book server refused the user name or password; add the account again: gtgcrm carddav add --url URL --username U.</source>
        <translation>رفض خادم دفتر العناوين اسم المستخدم أو كلمة المرور؛ أضف الحساب من جديد: gtgcrm carddav add --url URL --username U.</translation>
    </message>
    <message>
        <source>The password of the address book {url} is not kept on this device (a restored workspace or a new data key); add it again: gtgcrm carddav add --url {url} --username U.</source>
        <translation>كلمة مرور دفتر العناوين {url} غير محفوظة على هذا الجهاز (مساحة عمل مستعادة أو مفتاح بيانات جديد)؛ أضِفه مرة أخرى: ‎gtgcrm carddav add --url {url} --username U‎.</translation>
    </message>
    <message>
        <source>No address book is set up: gtgcrm carddav add --url URL --username U.</source>
        <translation>لم يُعدّ أي دفتر عناوين: gtgcrm carddav add --url URL --username U.</translation>
    </message>
    <message>
        <source>The address book was not removed: the cards of {count} erased contact(s) are still on the address book server, which cannot be reached or refused to delete them. Try again when the server can be reached, or remove it anyway (those cards then stay on the server): gtgcrm carddav remove --force.</source>
        <translation>لم يُزَل دفتر العناوين: ما زالت بطاقات {count} من جهات الاتصال الممحوّة على خادم دفتر العناوين، وتعذّر الوصول إلى الخادم أو رفض حذفها. أعد المحاولة حين يمكن الوصول إلى الخادم، أو أزِل دفتر العناوين رغم ذلك (فتبقى تلك البطاقات على الخادم): gtgcrm carddav remove --force.</translation>
    </message>
    <message>
        <source>No CardDAV address book was found at {url}.</source>
        <translation>لم يُعثر على دفتر عناوين CardDAV في {url}.</translation>
    </message>
    <message>
        <source>The address book server refused the request ({status}); nothing was changed.</source>
        <translation>رفض خادم دفتر العناوين الطلب ({status})؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>A card on the address book server cannot be read.</source>
        <translation>تعذّرت قراءة بطاقة على خادم دفتر العناوين.</translation>
    </message>
    <message>
        <source>The address book server sent an answer that cannot be read ({detail}).</source>
        <translation>أرسل خادم دفتر العناوين ردًا لا يمكن قراءته ({detail}).</translation>
    </message>
    <message>
        <source>The address book server sent an answer larger than {megabytes} MB; the sync stopped and what was not saved yet will be tried again next time.</source>
        <translation>أرسل خادم دفتر العناوين ردًا يزيد حجمه على {megabytes} ميغابايت؛ توقفت المزامنة، وسيُعاد ما لم يُحفظ بعدُ في المرة القادمة.</translation>
    </message>
    <message>
        <source>The address book server did not finish answering within {seconds} seconds; the sync stopped and what was not saved yet will be tried again next time.</source>
        <translation>لم يُكمل خادم دفتر العناوين ردّه خلال {seconds} ثانية؛ توقفت المزامنة، وسيُعاد ما لم يُحفظ بعدُ في المرة القادمة.</translation>
    </message>
    <message>
        <source>The address book server has no room left (507); {count} change(s) stay on this computer and are sent at the next sync once there is room.</source>
        <translation>لم تعد في خادم دفتر العناوين مساحة (507)؛ تبقى {count} من التغييرات على هذا الحاسوب وتُرسل في المزامنة التالية حين تتوفر المساحة.</translation>
    </message>
    <message>
        <source>The address book server sent us on to another server ({url}); the password was not sent there. If that address is right, add it instead: gtgcrm carddav add --url URL.</source>
        <translation>أحالنا خادم دفتر العناوين إلى خادم آخر ({url})، ولم تُرسل كلمة المرور إليه. إن كان ذلك العنوان صحيحًا فأضفه بدلًا منه: gtgcrm carddav add --url URL.</translation>
    </message>
    <message>
        <source>This account has several address books: {names}. Choose one with --address-book NAME.</source>
        <translation>في هذا الحساب عدة دفاتر عناوين: {names}. اختر واحدًا منها بالخيار --address-book NAME.</translation>
    </message>
    <message>
        <source>There is no address book called {name} on this account; it has: {names}.</source>
        <translation>لا يوجد في هذا الحساب دفتر عناوين باسم {name}؛ الدفاتر الموجودة: {names}.</translation>
    </message>
    <message>
        <source>Give the address book password (GTGCRM_CARDDAV_PASSWORD, or run on a terminal).</source>
        <translation>أدخل كلمة مرور دفتر العناوين (GTGCRM_CARDDAV_PASSWORD، أو شغّل الأمر في الطرفية).</translation>
    </message>
    <message>
        <source>The sync server {server} did not answer within {seconds} seconds, several times; your changes are kept and will be sent later.</source>
        <translation>لم يردّ خادم المزامنة {server} خلال {seconds} ثانية، مرات عدة؛ تغييراتك محفوظة وستُرسل لاحقًا.</translation>
    </message>
    <message>
        <source>Only an export (access) or a deletion (erasure) can be asked of the cloud.</source>
        <translation>لا يُطلب من السحابة إلا تصدير البيانات (الاطلاع) أو حذفها (المحو).</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <extracomment>Key slots a backup carries: both open the data key on any computer. Bounds for the small entries of a file that may come from anywhere. Numbers a manifest may hold (SQLite&apos;s own integer range). At most four times each default Argon2 cost: a slot asking for more (1 GiB x 64 passes would take minutes and all memory) is not one this app wrote. A backup has three entries; its central directory is read only when it is about that small (zipfile reads it whole: 600,000 empty entries took 3 s and 350 MB).</extracomment>
        <translation>لا يوجد ملف باسم {path}.</translation>
    </message>
    <message>
        <source>it is not a GTG CRM backup</source>
        <translation>ليس نسخة احتياطية من GTG CRM</translation>
    </message>
    <message>
        <source>it was made by a newer version of GTG CRM</source>
        <translation>أنشأها إصدار أحدث من GTG CRM</translation>
    </message>
    <message>
        <source>its database does not match its manifest (the file is truncated or altered)</source>
        <translation>قاعدة بياناتها لا تطابق بيان محتوياتها (الملف ناقص أو معدَّل)</translation>
    </message>
    <message>
        <source>the integrity check found damaged pages</source>
        <translation>وجد فحص السلامة صفحات تالفة</translation>
    </message>
    <message>
        <source>The backup {path} is damaged: {detail}.</source>
        <translation>النسخة الاحتياطية {path} تالفة: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not empty; restore into a new or empty folder.</source>
        <translation>المجلد {path} ليس فارغًا؛ استعِد النسخة إلى مجلد جديد أو فارغ.</translation>
    </message>
    <message>
        <source>The window is locked; unlock it to back up.</source>
        <translation>النافذة مقفلة؛ افتح قفلها لإنشاء نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The workspace in {path} did not unlock with what was given, so the people erased in it would come back with the backup; nothing was changed. Give its passphrase with --current-passphrase-file FILE, or the recovery code with --recovery-code-file FILE.</source>
        <translation>تعذّر فتح مساحة العمل في {path} بما قُدِّم، ولو استُعيدت النسخة الاحتياطية لعاد الأشخاص الذين مُحيت بياناتهم فيها؛ لم يتغيّر شيء. قدّم عبارة مرورها بالخيار ‎--current-passphrase-file FILE‎، أو رمز الاسترداد بالخيار ‎--recovery-code-file FILE‎.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>given_name</source>
        <extracomment>Fields a column can be mapped to, with the label the GUI shows for each.</extracomment>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>family_name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>display_name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>custom_fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <source>street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>postal_code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>ذكرى مناسبة</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(تجاهل)</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>lawful basis</source>
        <translation>الأساس النظامي</translation>
    </message>
    <message>
        <source>request kind</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>template</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>template image</source>
        <translation>صورة قالب</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>نص HTML</translation>
    </message>
    <message>
        <source>plain-text body</source>
        <translation>النص العادي</translation>
    </message>
    <message>
        <source>data request</source>
        <translation>طلب بيانات</translation>
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
        <translation>UTF-8 مع علامة ترتيب البايتات</translation>
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
        <translation>Windows-1256 (عربي)</translation>
    </message>
    <message>
        <source>character sets named in the file</source>
        <translation>ترميزات الأحرف المذكورة في الملف</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <extracomment>Formats an import can name; &quot;auto&quot; detects one of the others.</extracomment>
        <translation>CSV من جهات اتصال Google</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>CSV من Outlook</translation>
    </message>
    <message>
        <source>Thunderbird CSV</source>
        <translation>CSV من Thunderbird</translation>
    </message>
    <message>
        <source>Yahoo Mail CSV</source>
        <translation>CSV من Yahoo Mail</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV مع مطابقة للأعمدة</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>LDIF address book</source>
        <translation>دفتر عناوين LDIF</translation>
    </message>
    <message>
        <source>GTG CRM JSON</source>
        <translation>JSON من GTG CRM</translation>
    </message>
</context>
<context>
    <name>merge_fields</name>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>منشأتك</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>Attributes of `contact`, with their labels (the order of the menu).</extracomment>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>E-mail (first)</source>
        <translation>البريد الإلكتروني (الأول)</translation>
    </message>
    <message>
        <source>Phone (first)</source>
        <translation>رقم الهاتف (الأول)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>City (first address)</source>
        <translation>المدينة (العنوان الأول)</translation>
    </message>
    <message>
        <source>Country (first address)</source>
        <translation>الدولة (العنوان الأول)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Business name</source>
        <extracomment>`contact.custom` is a mapping of the contact&apos;s custom fields, not in the menu itself. Attributes of `business`, with their labels.</extracomment>
        <translation>اسم المنشأة</translation>
    </message>
    <message>
        <source>Business e-mail</source>
        <translation>البريد الإلكتروني للمنشأة</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>هاتف المنشأة</translation>
    </message>
    <message>
        <source>Business website</source>
        <translation>الموقع الإلكتروني للمنشأة</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>عنوان المنشأة</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <extracomment>Top-level values other than the two namespaces.</extracomment>
        <translation>رابط إلغاء الاشتراك</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Marketing e-mail</source>
        <extracomment>The subject id of the user&apos;s own account (there is one account per workspace). Purposes named after a connected account or integration: &quot;sync:&lt;server&gt;&quot;, &quot;integration:&lt;name&gt;&quot;. The channel of an objection: it covers every channel at once. Where an account consent decision may come from: a fixed list, never free text. Labels for the UI and CLI (context &quot;privacy&quot;); keys are the stored words.</extracomment>
        <translation>البريد التسويقي</translation>
    </message>
    <message>
        <source>Personalised ads</source>
        <translation>الإعلانات المخصصة</translation>
    </message>
    <message>
        <source>Usage analytics</source>
        <translation>تحليلات الاستخدام</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>التسويق المباشر</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>جميع القنوات</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>التزام نظامي</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>المصالح الحيوية</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>مهمة عامة</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>المصلحة المشروعة</translation>
    </message>
    <message>
        <source>access</source>
        <translation>الاطلاع</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>الإتلاف</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>الاعتراض</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>privacy tab</source>
        <translation>شاشة الخصوصية</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>التشغيل الأول</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>the consent records cannot be read, so marketing is held back</source>
        <translation>تعذّرت قراءة سجلات الموافقة، لذا أُوقف التسويق مؤقتًا</translation>
    </message>
    <message>
        <source>Allowed: the contact consented to this channel.</source>
        <translation>مسموح: وافقت جهة الاتصال على هذه القناة.</translation>
    </message>
    <message>
        <source>Allowed: marketing on this channel has a recorded lawful basis.</source>
        <translation>مسموح: للتسويق عبر هذه القناة أساس نظامي مسجّل.</translation>
    </message>
    <message>
        <source>Excluded: the contact objected to direct marketing.</source>
        <translation>مستبعد: اعترضت جهة الاتصال على التسويق المباشر.</translation>
    </message>
    <message>
        <source>Excluded: the contact withdrew consent for this channel.</source>
        <translation>مستبعد: سحبت جهة الاتصال موافقتها على هذه القناة.</translation>
    </message>
    <message>
        <source>Excluded: no marketing consent is recorded for this channel.</source>
        <translation>مستبعد: لا توجد موافقة تسويقية مسجّلة لهذه القناة.</translation>
    </message>
    <message>
        <source>Excluded: the contact has no address for this channel.</source>
        <translation>مستبعد: لا يوجد لدى جهة الاتصال عنوان لهذه القناة.</translation>
    </message>
    <message>
        <source>Excluded: this person asked to be erased (suppression list).</source>
        <translation>مستبعد: طلب هذا الشخص إتلاف بياناته (قائمة الحظر).</translation>
    </message>
    <message>
        <source>Excluded: no such contact.</source>
        <translation>مستبعد: جهة الاتصال غير موجودة.</translation>
    </message>
</context>
</TS>
