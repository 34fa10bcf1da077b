<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help_menu.py" line="+76"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;GroupDesk {version}&lt;/h3&gt;&lt;p&gt;Records, reports and sync for small volunteer groups, offline.&lt;/p&gt;&lt;p&gt;Data folder in use: {folder}&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}. Free software under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later); the fonts it prints with are under the SIL Open Font License and Apache 2.0.&lt;/p&gt;&lt;p&gt;Built on these libraries, each under its own licence:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GroupDesk ⁨{version}⁩&lt;/h3&gt;&lt;p&gt;سجلات وتقارير ومزامنة للمجموعات التطوعية الصغيرة، دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;مجلد البيانات المستخدم: ⁨{folder}⁩&lt;/p&gt;&lt;p&gt;يعمل على ⁨Python {python}⁩ و⁨Qt {qt}⁩. وهو برنامج حر بموجب رخصة ⁨GNU Affero General Public License⁩، الإصدار 3 أو أحدث (⁨AGPL-3.0-or-later⁩)؛ والخطوط التي يطبع بها بموجب رخصة ⁨SIL Open Font License⁩ ورخصة ⁨Apache 2.0⁩.&lt;/p&gt;&lt;p&gt;مبني على هذه المكتبات، ولكلٍّ منها ترخيصها:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>About GroupDesk</source>
        <translation>حول GroupDesk</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/meetings/action_dialog.py" line="+44"/>
        <source>Action</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>تعليمها م&amp;نجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;rop</source>
        <translation>ت&amp;ركها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>إعادة &amp;فتحها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its &amp;meeting</source>
        <translation>فتح ا&amp;جتماعها</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{status} since {day}</source>
        <translation>‏⁨{status}⁩ منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status}, overdue</source>
        <translation>‏⁨{status}⁩، متأخرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}; raised at {meeting}</source>
        <translation>‏⁨{status}⁩؛ طُرحت في ⁨{meeting}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action: {text}</source>
        <translation>مهمة: ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say what is to be done</source>
        <translation>اذكر ما يجب عمله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the action…</source>
        <translation>جارٍ قراءة المهمة…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>حُفظت.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked done.</source>
        <translation>عُلّمت منجزة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped.</source>
        <translation>تُركت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open again.</source>
        <translation>فُتحت من جديد.</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <location filename="../../ui/meetings/actions_tab.py" line="+44"/>
        <source>{due} (overdue)</source>
        <translation>‏⁨{due}⁩ (متأخرة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised at</source>
        <translation>طُرحت في</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;What is to be done</source>
        <translation>&amp;ما يجب عمله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>الم&amp;سؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue</source>
        <translation>ا&amp;لموعد</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location line="+13"/>
        <source>Raise &amp;action</source>
        <translation>ط&amp;رح مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise action</source>
        <translation>طرح مهمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions of this meeting</source>
        <translation>مهام هذا الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raised here and carried over from earlier meetings:</source>
        <translation>ما &amp;طُرح هنا وما رُحّل من اجتماعات سابقة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark done</source>
        <translation>&amp;تعليمها منجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen action done</source>
        <translation>تعليم المهمة المختارة منجزة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action result</source>
        <translation>نتيجة المهمة</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Say what is to be done</source>
        <translation>اذكر ما يجب عمله</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an open action in the list</source>
        <translation>اختر مهمة مفتوحة من القائمة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action raised.</source>
        <translation>طُرحت المهمة.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Marked done.</source>
        <translation>عُلّمت منجزة.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/meetings/agenda_tab.py" line="+74"/>
        <source>Item</source>
        <extracomment>The item to choose when the next agenda arrives (one just added or moved).</extracomment>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>المقدّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends after</source>
        <translation>ينتهي بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ite&amp;m</source>
        <translation>ا&amp;لبند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody named</source>
        <translation>لم يُسمَّ أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter</source>
        <translation>ال&amp;مقدّم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mi&amp;nutes</source>
        <translation>ال&amp;دقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add i&amp;tem</source>
        <translation>إضافة &amp;بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update item</source>
        <translation>&amp;تحديث البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove item</source>
        <translation>&amp;إزالة البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Alt+Up)</source>
        <translation>نقل لأعلى (Alt+سهم لأعلى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>نقل لأسفل (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y the previous agenda</source>
        <translation>&amp;نسخ جدول الأعمال السابق</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agenda items in order</source>
        <translation>بنود جدول الأعمال بالترتيب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items in &amp;order:</source>
        <translation>البن&amp;ود بالترتيب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes planned</source>
        <translation>الدقائق المخططة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes ta&amp;ken under the chosen item:</source>
        <translation>ملاحظات المح&amp;ضر تحت البند المختار:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes taken under the chosen item</source>
        <translation>ملاحظات المحضر تحت البند المختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save not&amp;es</source>
        <translation>حف&amp;ظ الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save notes</source>
        <translation>حفظ الملاحظات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions carried over</source>
        <translation>مهام مرحّلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda result</source>
        <translation>نتيجة جدول الأعمال</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a meeting of a series has an agenda before it</source>
        <translation>جدول الأعمال المسبق لاجتماعات السلسلة فقط</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{total} minutes planned: {over} more than the meeting&apos;s {length}.</source>
        <translation>الدقائق المخططة ⁨{total}⁩: أكثر من مدة الاجتماع ⁨{length}⁩ بـ ⁨{over}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} of the meeting&apos;s {length} minutes planned.</source>
        <translation>خُطط ⁨{total}⁩ من دقائق الاجتماع البالغة ⁨{length}⁩.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No open actions from earlier meetings.</source>
        <translation>لا مهام مفتوحة من اجتماعات سابقة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} — {owner}, due {due}</source>
        <translation>‏⁨{text}⁩ — ⁨{owner}⁩، موعدها ⁨{due}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open actions from earlier meetings:</source>
        <translation>مهام مفتوحة من اجتماعات سابقة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min</source>
        <translation>‏⁨{minutes}⁩ دقيقة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the item a title</source>
        <translation>أعطِ البند عنوانًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an item in the list</source>
        <translation>اختر بندًا من القائمة</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Removed {title} from the agenda.</source>
        <translation>أُزيل ⁨{title}⁩ من جدول الأعمال.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied the items of the last meeting&apos;s agenda.</source>
        <translation>نُسخت بنود جدول أعمال الاجتماع الأخير.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes saved.</source>
        <translation>حُفظت الملاحظات.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../ui/meetings/attendance_tab.py" line="+91"/>
        <source>Member</source>
        <extracomment>The keys that set a mark in the list, besides Space (present, or not marked again).</extracomment>
        <translation>العضو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a name, then Enter</source>
        <translation>اكتب جزءًا من اسم، ثم Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a member on the sheet</source>
        <translation>البحث عن عضو في الورقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected members and their marks</source>
        <translation>الأعضاء المتوقعون وعلاماتهم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shee&amp;t (Space: present, A: apologies, X: absent, Delete: not marked):</source>
        <translation>الو&amp;رقة (المسافة: حاضر، A: معتذر، X: غائب، Delete: بلا علامة):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many are marked</source>
        <translation>كم عدد من عُلّم عليهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;everyone present</source>
        <translation>تعليم ال&amp;جميع حاضرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark everyone present</source>
        <translation>تعليم الجميع حاضرين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone not yet marked is marked present; then mark the few who were not</source>
        <translation>يُعلَّم كل من لم يُعلَّم بعد حاضرًا؛ ثم علّم القلة الذين لم يحضروا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Number of guests:</source>
        <translation>ع&amp;دد الضيوف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of guests</source>
        <translation>عدد الضيوف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their names, if they gave them</source>
        <translation>أسماؤهم، إن ذكروها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest na&amp;mes:</source>
        <translation>أسما&amp;ء الضيوف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest names</source>
        <translation>أسماء الضيوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save g&amp;uests</source>
        <translation>حفظ ال&amp;ضيوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save guests</source>
        <translation>حفظ الضيوف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance result</source>
        <translation>نتيجة الحضور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrived &amp;late at:</source>
        <translation>و&amp;صل متأخرًا عند:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left earl&amp;y at:</source>
        <translation>&amp;غادر مبكرًا عند:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived late at</source>
        <translation>وصل متأخرًا عند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left early at</source>
        <translation>غادر مبكرًا عند</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save arrival and leaving</source>
        <translation>حفظ الوصول والمغادرة</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>On time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed to the end</source>
        <translation>بقي حتى النهاية</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a member marked present on the sheet</source>
        <translation>اختر عضوًا معلَّمًا حاضرًا في الورقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting has no agenda items to arrive or leave at</source>
        <translation>ليس للاجتماع بنود جدول أعمال للوصول أو المغادرة عندها</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Arrival and leaving saved.</source>
        <translation>حُفظ الوصول والمغادرة.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>arrived late</source>
        <translation>وصل متأخرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left early</source>
        <translation>غادر مبكرًا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Present {present} · Apologies {apologies} · Absent {absent} · Not marked {unmarked}</source>
        <translation>حاضر ⁨{present}⁩ · معتذر ⁨{apologies}⁩ · غائب ⁨{absent}⁩ · بلا علامة ⁨{unmarked}⁩</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Marked everyone present.</source>
        <translation>عُلّم الجميع حاضرين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marking everyone present…</source>
        <translation>جارٍ تعليم الجميع حاضرين…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guests saved.</source>
        <translation>حُفظ الضيوف.</translation>
    </message>
</context>
<context>
    <name>BackupSafetyBox</name>
    <message>
        <location filename="../../ui/pages/backup_safety.py" line="+42"/>
        <source>Keeping backups safe</source>
        <translation>حفظ النسخ الاحتياطية بأمان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the latest backup is</source>
        <translation>أين آخر نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not set: backups stay on this laptop only</source>
        <translation>غير محدد: تبقى النسخ الاحتياطية على هذا الحاسوب فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second pl&amp;ace</source>
        <translation>المكان ال&amp;ثاني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hoose a USB stick or folder…</source>
        <translation>ا&amp;ختيار ذاكرة USB أو مجلد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop copyin&amp;g there</source>
        <translation>إي&amp;قاف النسخ إلى هناك</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether backups are encrypted</source>
        <translation>هل النسخ الاحتياطية مشفّرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back&amp;up passphrase</source>
        <translation>عبارة مرور النسخ ال&amp;احتياطية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &amp;it again</source>
        <translation>اكتبها &amp;مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>&amp;Encrypt backups</source>
        <translation>&amp;تشفير النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Stop encr&amp;ypting</source>
        <translation>&amp;إيقاف التشفير</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Encrypt with a new passphrase</source>
        <translation>التشفير بعبارة مرور &amp;جديدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups are encrypted with the backup passphrase. Keep it somewhere safe: a backup cannot be restored without it.</source>
        <translation>النسخ الاحتياطية مشفّرة بعبارة مرور النسخ الاحتياطية. احفظها في مكان آمن: لا يمكن استعادة نسخة احتياطية بدونها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups are not encrypted: anyone who gets a backup file can read the members&apos; details. Set a passphrase to encrypt them.</source>
        <translation>النسخ الاحتياطية غير مشفّرة: يستطيع كل من يحصل على ملف نسخة احتياطية قراءة بيانات الأعضاء. اختر عبارة مرور لتشفيرها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup yet.</source>
        <translation>لا نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest backup ({when}) is on this laptop and in {place}.</source>
        <translation>آخر نسخة احتياطية (⁨{when}⁩) على هذا الحاسوب وفي ⁨{place}⁩.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The latest backup ({when}) is only on this laptop: {place} has no copy of it (is the stick plugged in?).</source>
        <translation>آخر نسخة احتياطية (⁨{when}⁩) على هذا الحاسوب فقط: لا توجد نسخة منها في ⁨{place}⁩ (هل ذاكرة USB موصولة؟).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest backup ({when}) is only on this laptop: if the laptop breaks or is lost, so is the backup. Choose a USB stick or a cloud folder below.</source>
        <translation>آخر نسخة احتياطية (⁨{when}⁩) على هذا الحاسوب فقط: إن تعطّل الحاسوب أو ضاع، ضاعت معه. اختر ذاكرة USB أو مجلدًا سحابيًا أدناه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the second place for backups</source>
        <translation>اختر المكان الثاني للنسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the two passphrases are not the same</source>
        <translation>عبارتا المرور غير متطابقتين</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../services/backup.py" line="+78"/>
        <source>There is no group in {folder} to back up.</source>
        <extracomment>zlib&apos;s fastest level: a backup is made before every upgrade, restore and sync that brings changes, mostly while someone waits. Level 1 writes a 10,000-member group&apos;s 371 MB database 2.5 times faster than the default (6) for 13 % more bytes (2.8 s and 80 MB, not 7.0 s and 71 MB); any zip reader opens it.</extracomment>
        <translation>لا توجد مجموعة في ⁨{folder}⁩ لنسخها احتياطيًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem} Until then, automatic backups stay on this laptop.</source>
        <translation>‏⁨{problem}⁩ وإلى ذلك الحين تبقى النسخ الاحتياطية التلقائية على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>أُلغي النسخ الاحتياطي؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../services/backup_format.py" line="+144"/>
        <source>{name}: no such file.</source>
        <extracomment>How a sealed (encrypted) backup begins: these bytes, then its clear header&apos;s length and the header (`backup_safety` writes them). A sealed backup&apos;s file ending (a plain one is a .zip). Member records in it (not deleted, not merged away); None for backups made before the count was recorded (`plan_restore` counts those from the database itself) and for encrypted ones until opened. Its copy in the second place, and why there is none when one is set but failed. The checksum of the database in it: two backups with the same one hold the same data.</extracomment>
        <translation>‏⁨{name}⁩: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a GroupDesk backup, or it is cut short ({error}).</source>
        <translation>‏⁨{name}⁩ ليست نسخة احتياطية من GroupDesk، أو أنها ناقصة (⁨{error}⁩).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} holds entries a GroupDesk backup never holds: {entries}.</source>
        <translation>‏⁨{name}⁩ تحوي عناصر لا تحويها نسخة GroupDesk أبدًا: ⁨{entries}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GroupDesk backup (no manifest or no database).</source>
        <translation>‏⁨{name}⁩ ليست نسخة احتياطية من GroupDesk (لا بيان فيها أو لا قاعدة بيانات).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} was made by a newer GroupDesk; update the app to restore it.</source>
        <translation>‏⁨{name}⁩ صُنعت بإصدار أحدث من GroupDesk؛ حدّث التطبيق لاستعادتها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is damaged: {error}.</source>
        <translation>‏⁨{name}⁩ تالفة: ⁨{error}⁩.</translation>
    </message>
    <message>
        <location filename="../../services/restore.py" line="+124"/>
        <source>{entry} in the backup is damaged: {error}.</source>
        <extracomment>When the database file was last written, ISO 8601 UTC (&apos;…Z&apos;). The backup of the data that was replaced (None when the folder held none). Where the replaced database went when it was too damaged to back up (else None).</extracomment>
        <translation>‏⁨{entry}⁩ تالف داخل النسخة الاحتياطية: ⁨{error}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{entry} in the backup does not match its checksum; the file is damaged.</source>
        <translation>‏⁨{entry}⁩ لا يطابق مجموعه الاختباري داخل النسخة؛ الملف تالف.</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="+41"/>
        <source>keep between 1 and 1000 backups, not {value}</source>
        <translation>احتفظ بما بين 1 و1000 نسخة، لا ⁨{value}⁩</translation>
    </message>
    <message>
        <location filename="../../services/backup_safety.py" line="+72"/>
        <source>give the whole path, not {folder}</source>
        <extracomment>The most scrypt work (n·r·p) a sealed backup may ask for: 8 times what GroupDesk writes (2^15·8·1, 32 MiB), so a crafted header cannot take gigabytes or minutes before any check.</extracomment>
        <translation>اكتب المسار كاملًا، لا ⁨{folder}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} is not there: plug in the stick or make the folder</source>
        <translation>‏⁨{folder}⁩ غير موجود: صِل ذاكرة USB أو أنشئ المجلد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose a place outside the data folder (a stick, a cloud folder)</source>
        <translation>اختر مكانًا خارج مجلد البيانات (ذاكرة USB، مجلد سحابي)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The second place, {place}, is not there (a USB stick unplugged?): this backup is only on this laptop.</source>
        <translation>المكان الثاني، ⁨{place}⁩، غير موجود (هل نُزعت ذاكرة USB؟): هذه النسخة على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not copy the backup to {place} ({problem}): it is only on this laptop.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية إلى ⁨{place}⁩ (⁨{problem}⁩): إنها على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Backups are set to be encrypted, but their key is not in this computer&apos;s keyring: set the backup passphrase again in Settings.</source>
        <translation>النسخ الاحتياطية مضبوطة لتُشفَّر، لكن مفتاحها ليس في سلسلة مفاتيح هذا الحاسوب: اضبط عبارة مرور النسخ الاحتياطية من جديد في الإعدادات.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} is encrypted: give the passphrase it was made with</source>
        <translation>‏⁨{name}⁩ مشفّرة: اكتب عبارة المرور التي صُنعت بها</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this is not the passphrase {name} was encrypted with</source>
        <translation>ليست هذه عبارة المرور التي شُفّرت بها ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../../services/restore_staging.py" line="+36"/>
        <source>The database in {name} fails SQLite&apos;s integrity check: {problem}.</source>
        <translation>قاعدة البيانات في ⁨{name}⁩ لا تجتاز فحص السلامة في SQLite: ⁨{problem}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database in {name} cannot be read ({error}).</source>
        <translation>تتعذّر قراءة قاعدة البيانات في ⁨{name}⁩ (⁨{error}⁩).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} holds a database of schema {revision!r}, which this GroupDesk ({version}) does not know; it may need a newer version of the app.</source>
        <translation>‏⁨{name}⁩ تحوي قاعدة بيانات بالمخطط ⁨{revision!r}⁩ الذي لا يعرفه GroupDesk هذا (⁨{version}⁩)؛ قد تحتاج إلى إصدار أحدث من التطبيق.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The database in {name} is not as GroupDesk makes it: {difference} (and %n more); it was refused and nothing was changed.</source>
        <translation>
            <numerusform>قاعدة البيانات في ⁨{name}⁩ ليست كما يصنعها GroupDesk: ⁨{difference}⁩ (ولا فروق أخرى)؛ رُفضت ولم يتغير شيء.</numerusform>
            <numerusform>قاعدة البيانات في ⁨{name}⁩ ليست كما يصنعها GroupDesk: ⁨{difference}⁩ (وفرق آخر)؛ رُفضت ولم يتغير شيء.</numerusform>
            <numerusform>قاعدة البيانات في ⁨{name}⁩ ليست كما يصنعها GroupDesk: ⁨{difference}⁩ (وفرقان آخران)؛ رُفضت ولم يتغير شيء.</numerusform>
            <numerusform>قاعدة البيانات في ⁨{name}⁩ ليست كما يصنعها GroupDesk: ⁨{difference}⁩ (و%n فروق أخرى)؛ رُفضت ولم يتغير شيء.</numerusform>
            <numerusform>قاعدة البيانات في ⁨{name}⁩ ليست كما يصنعها GroupDesk: ⁨{difference}⁩ (و%n فرقًا آخر)؛ رُفضت ولم يتغير شيء.</numerusform>
            <numerusform>قاعدة البيانات في ⁨{name}⁩ ليست كما يصنعها GroupDesk: ⁨{difference}⁩ (و%n فرق آخر)؛ رُفضت ولم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database in {name} is not as GroupDesk makes it: {difference}; it was refused and nothing was changed.</source>
        <translation>قاعدة البيانات في ⁨{name}⁩ ليست كما يصنعها GroupDesk: ⁨{difference}⁩؛ رُفضت ولم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} cannot be upgraded from schema {revision} to {head} ({problem}); nothing was changed.</source>
        <translation>‏⁨{name}⁩ لا يمكن ترقيتها من المخطط ⁨{revision}⁩ إلى ⁨{head}⁩ (⁨{problem}⁩)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../services/backup_checks.py" line="+46"/>
        <source>{name} holds an encrypted entry ({entry}); GroupDesk never writes one, so this is not a GroupDesk backup.</source>
        <extracomment>An entry may expand this many times its compressed size once past `RATIO_FREE_BYTES` (a fresh database compresses about 60 times, a full one about 6; a zip bomb about 1,000). Room left on the disk after a restore&apos;s files are written out.</extracomment>
        <translation>‏⁨{name}⁩ تحوي عنصرًا مشفّرًا (⁨{entry}⁩)؛ لا يكتب GroupDesk مثله أبدًا، فهذه ليست نسخة احتياطية من GroupDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} uses a compression method GroupDesk does not write (method {method} for {entry}).</source>
        <translation>‏⁨{name}⁩ تستخدم طريقة ضغط لا يكتبها GroupDesk (الطريقة ⁨{method}⁩ للعنصر ⁨{entry}⁩).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is refused: {entry} would expand from {packed} to {size} (a zip bomb).</source>
        <translation>‏⁨{name}⁩ مرفوضة: ⁨{entry}⁩ سيتمدد من ⁨{packed}⁩ إلى ⁨{size}⁩ (قنبلة zip).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} expands to {size}, more than the {free} free beside the data folder; nothing was changed.</source>
        <translation>‏⁨{name}⁩ تتمدد إلى ⁨{size}⁩، أكثر من المساحة الحرة بجانب مجلد البيانات (⁨{free}⁩)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} is refused: {entry} is larger than it declares.</source>
        <translation>‏⁨{name}⁩ مرفوضة: ⁨{entry}⁩ أكبر مما يعلنه.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is damaged: its manifest is larger than any GroupDesk writes.</source>
        <translation>‏⁨{name}⁩ تالفة: بيانها أكبر من أي بيان يكتبه GroupDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is damaged: its manifest is nested too deeply.</source>
        <translation>‏⁨{name}⁩ تالفة: بيانها متداخل أكثر من اللازم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is damaged: its manifest is not JSON ({error}).</source>
        <translation>‏⁨{name}⁩ تالفة: بيانها ليس JSON (⁨{error}⁩).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a GroupDesk backup.</source>
        <translation>‏⁨{name}⁩ ليست نسخة احتياطية من GroupDesk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is damaged: its format_version is {value}, not a whole number.</source>
        <translation>‏⁨{name}⁩ تالفة: قيمة format_version فيها ⁨{value}⁩، لا عدد صحيح.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is damaged: its manifest is not one GroupDesk writes.</source>
        <translation>‏⁨{name}⁩ تالفة: بيانها ليس مما يكتبه GroupDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is damaged: its {field} is {value}.</source>
        <translation>‏⁨{name}⁩ تالفة: قيمة ⁨{field}⁩ فيها ⁨{value}⁩.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is a damaged encrypted backup: its format_version is {value}.</source>
        <translation>‏⁨{name}⁩ نسخة مشفّرة تالفة: قيمة format_version فيها ⁨{value}⁩.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../ui/grants/line_dialog.py" line="+27"/>
        <source>New budget line</source>
        <extracomment>The line as saved.</extracomment>
        <translation>بند ميزانية جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the budget line</source>
        <translation>حفظ بند الميزانية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment, Venue hire, Travel…</source>
        <translation>معدات، استئجار قاعة، سفر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it covers</source>
        <translation>ما &amp;يغطيه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount ({currency})</source>
        <translation>ال&amp;مبلغ (⁨{currency}⁩)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name the budget category</source>
        <translation>سمِّ فئة الميزانية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the amount</source>
        <translation>حدّد المبلغ</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../ui/grants/budget_tab.py" line="+39"/>
        <source>Line</source>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>المُنفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent of budget</source>
        <translation>المُنفق من الميزانية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget against actual</source>
        <translation>الميزانية مقابل الفعلي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs a look</source>
        <translation>ما يحتاج إلى نظرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add budget &amp;line…</source>
        <translation>&amp;إضافة بند ميزانية…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add budget line</source>
        <translation>إضافة بند ميزانية</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Budget {budget} · Awarded {awarded} · Received {received}
Spent {spent} · Committed {committed} · Remaining {remaining}</source>
        <translation>الميزانية ⁨{budget}⁩ · الممنوح ⁨{awarded}⁩ · المستلم ⁨{received}⁩
المُنفق ⁨{spent}⁩ · الملتزم به ⁨{committed}⁩ · المتبقي ⁨{remaining}⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line} is over-spent by {over}.</source>
        <translation>تجاوز الإنفاق في ⁨{line}⁩ بمقدار ⁨{over}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On no budget line: {day}, {payee}, {amount}.</source>
        <translation>ليس على أي بند ميزانية: ⁨{day}⁩، ⁨{payee}⁩، ⁨{amount}⁩.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outside the grant period: {day}, {payee}, {amount}.</source>
        <translation>خارج فترة المنحة: ⁨{day}⁩، ⁨{payee}⁩، ⁨{amount}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every expense is on a line, within the period and the budget.</source>
        <translation>كل مصروف على بند، وضمن الفترة والميزانية.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Over-spent by {over}</source>
        <translation>تجاوز الإنفاق بمقدار ⁨{over}⁩</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../ui/members/care_dialogs.py" line="+93"/>
        <source>YYYY-MM-DD</source>
        <extracomment>The save on its way to the database (None when none is).</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location line="+69"/>
        <source>Log a check-in with {name}</source>
        <translation>تسجيل تواصل مع ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in &amp;by</source>
        <translation>&amp;أجراه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How</source>
        <translation>&amp;كيف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on</source>
        <translation>مت&amp;ابعة في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (empty: no follow-up)</source>
        <translation>YYYY-MM-DD (فارغ: بلا متابعة)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>say when the check-in was</source>
        <translation>اذكر متى كان التواصل</translation>
    </message>
</context>
<context>
    <name>CheckedFormDialog</name>
    <message>
        <location filename="../../ui/grants/form_dialog.py" line="+85"/>
        <source>YYYY-MM-DD</source>
        <extracomment>What the save returned.</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ClaimWords</name>
    <message>
        <location filename="../../ui/words.py" line="+121"/>
        <source>claimed</source>
        <translation>مُطالَب به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <location filename="../../services/resources/clashes.py" line="+182"/>
        <source>{item} is overdue with {who} (due back {day})</source>
        <extracomment>Unbounded ends of a period, as SQLite compares stored days. In SQL an overdue loan holds its item to LAST_DAY; read back, that open end is `Holding.last = None`, never a date. The borrower, the member who reserved, or the meeting reserved for. None: no last day, an overdue loan holding its item until it comes back. A loan kept past its due day (it then holds its item with no end until it is back). A loan&apos;s due day (what an overdue loan&apos;s sentence names).</extracomment>
        <translation>‏⁨{item}⁩ متأخر مع ⁨{who}⁩ (موعد إرجاعه ⁨{day}⁩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is overdue with {who}</source>
        <translation>‏⁨{item}⁩ متأخر مع ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is reserved by {who} for {days}</source>
        <translation>‏⁨{item}⁩ محجوز لـ ⁨{who}⁩ في ⁨{days}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} is out with {who} until {day}</source>
        <translation>‏⁨{item}⁩ خارج مع ⁨{who}⁩ حتى ⁨{day}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>There are only %n of {item} in all.</source>
        <translation>
            <numerusform>لا يوجد شيء من ⁨{item}⁩ في المجموع.</numerusform>
            <numerusform>لا يوجد من ⁨{item}⁩ إلا واحد في المجموع.</numerusform>
            <numerusform>لا يوجد من ⁨{item}⁩ إلا اثنان في المجموع.</numerusform>
            <numerusform>لا يوجد من ⁨{item}⁩ إلا %n في المجموع.</numerusform>
            <numerusform>لا يوجد من ⁨{item}⁩ إلا %n في المجموع.</numerusform>
            <numerusform>لا يوجد من ⁨{item}⁩ إلا %n في المجموع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Only %n of the {count} are free then: {clash}</source>
        <translation>
            <numerusform>لا شيء متاح حينها من ⁨{count}⁩: ⁨{clash}⁩</numerusform>
            <numerusform>المتاح حينها واحد فقط من ⁨{count}⁩: ⁨{clash}⁩</numerusform>
            <numerusform>المتاح حينها اثنان فقط من ⁨{count}⁩: ⁨{clash}⁩</numerusform>
            <numerusform>المتاح حينها %n فقط من ⁨{count}⁩: ⁨{clash}⁩</numerusform>
            <numerusform>المتاح حينها %n فقط من ⁨{count}⁩: ⁨{clash}⁩</numerusform>
            <numerusform>المتاح حينها %n فقط من ⁨{count}⁩: ⁨{clash}⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>There are only {count} of {item} in all.</source>
        <translation type="vanished">لا يوجد من ⁨{item}⁩ إلا ⁨{count}⁩ في المجموع.</translation>
    </message>
    <message>
        <source>Only {free} of the {count} are free then: {clash}</source>
        <translation type="vanished">المتاح حينها ⁨{free}⁩ فقط من ⁨{count}⁩: ⁨{clash}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clash}; it can be booked once it is back.</source>
        <translation>‏⁨{clash}⁩؛ يمكن حجزه بعد عودته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clash}, and 1 day is kept free between bookings.</source>
        <translation>‏⁨{clash}⁩، ويُترك يوم واحد فاصل بين الحجوزات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clash}, and {days} days are kept free between bookings.</source>
        <translation>‏⁨{clash}⁩، وتُترك أيام فاصلة بين الحجوزات: ⁨{days}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{clash}.</source>
        <translation>{clash}.</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <location filename="../../ui/members/import_columns.py" line="+35"/>
        <source>What each column holds. Choose “Full name” for several columns to join them into the name (first name, then last name, as they stand in the file).</source>
        <extracomment>The person changed what a column is read as.</extracomment>
        <translation>محتوى كل عمود. اختر «الاسم الكامل» لعدة أعمدة لجمعها في الاسم (الاسم الأول ثم اسم العائلة، كما هما في الملف).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns of the file</source>
        <translation>أعمدة الملف</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translation>يُقرأ على أنه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(leave out)</source>
        <translation>(استبعاد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name (joined when several columns give it)</source>
        <translation>الاسم الكامل (يُجمع إن جاء من عدة أعمدة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the column {header} as</source>
        <translation>قراءة العمود ⁨{header}⁩ على أنه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no header)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First value of {header}</source>
        <translation>أول قيمة في ⁨{header}⁩</translation>
    </message>
    <message>
        <location filename="../../services/members/contact_columns.py" line="+86"/>
        <source>First name (joined into the full name)</source>
        <extracomment>The parts of a name, in the order a Western name is written. The parts of an address, in the order they are joined. Fields (and parts) several columns may give: joined, or the first value kept and the rest written to the notes. Outlook&apos;s phone columns, the one most likely to reach the person first. Google&apos;s separator between several values in one cell.</extracomment>
        <translation>الاسم الأول (يُضم إلى الاسم الكامل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name (joined into the full name)</source>
        <translation>الاسم الأوسط (يُضم إلى الاسم الكامل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name (joined into the full name)</source>
        <translation>اسم العائلة (يُضم إلى الاسم الكامل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street (joined into the address)</source>
        <translation>الشارع (يُضم إلى العنوان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second address line (joined into the address)</source>
        <translation>سطر العنوان الثاني (يُضم إلى العنوان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO box (joined into the address)</source>
        <translation>صندوق البريد (يُضم إلى العنوان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or city (joined into the address)</source>
        <translation>البلدة أو المدينة (تُضم إلى العنوان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County, state or region (joined into the address)</source>
        <translation>المحافظة أو الولاية أو المنطقة (تُضم إلى العنوان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode (joined into the address)</source>
        <translation>الرمز البريدي (يُضم إلى العنوان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (joined into the address)</source>
        <translation>البلد (يُضم إلى العنوان)</translation>
    </message>
    <message>
        <location filename="../../services/members/csv_format.py" line="+18"/>
        <source>Full name</source>
        <extracomment>(field, headers): the first header is the one export writes, and the import&apos;s choice for the field (marked for translation there).</extracomment>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred name</source>
        <translation>الاسم المفضّل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pronouns</source>
        <translation>الضمائر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessibility needs</source>
        <translation>احتياجات الإتاحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joined</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>May contact</source>
        <translation>يمكن التواصل معه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact consent date</source>
        <translation>تاريخ الموافقة على التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact consent how</source>
        <translation>طريقة الموافقة على التواصل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo consent</source>
        <translation>الموافقة على الصور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo consent date</source>
        <translation>تاريخ الموافقة على الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo consent how</source>
        <translation>طريقة الموافقة على الصور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In roster</source>
        <translation>في قائمة الأعضاء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roster consent date</source>
        <translation>تاريخ الموافقة على القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster consent how</source>
        <translation>طريقة الموافقة على القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>الاهتمامات</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/sync/table_models.py" line="+94"/>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>…and {n} more.</source>
        <extracomment>How many lines a list shows; a list may read only these, with its length (`DashboardList`). A value in a line&apos;s sentence: the GUI keeps text (a name, a title) in its own run of right-to-left-safe text and writes a day in the group&apos;s date format. The sentence with {placeholders}, marked with QT_TRANSLATE_NOOP(&quot;Dashboard&quot;, ...); the GUI translates it, then fills in `values`. The button&apos;s text (translated in the &quot;Dashboard&quot; context too). What the button opens: a page (and the record on it, if any) ... ... or an action the card&apos;s `opens` knows (&quot;checkin&quot;), for `record_id`. Said when there is nothing to list. Said under the list when it has more lines than fit: {n} is how many more.</extracomment>
        <translation type="vanished">…و⁨{n}⁩ غيرها.</translation>
    </message>
    <message>
        <location filename="../../services/grants/dashboard.py" line="+18"/>
        <source>Application for {title} due {day}</source>
        <extracomment>kind → (sentence, sentence when overdue); {title}, {day}, {amount}.</extracomment>
        <translation>طلب ⁨{title}⁩: الموعد النهائي ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application for {title}: the deadline passed on {day}</source>
        <translation>طلب ⁨{title}⁩: انتهى الموعد في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interim report for {title} due {day}</source>
        <translation>التقرير المرحلي لـ ⁨{title}⁩: موعده ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report for {title} overdue since {day}</source>
        <translation>التقرير المرحلي لـ ⁨{title}⁩: متأخر منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final report for {title} due {day}</source>
        <translation>التقرير النهائي لـ ⁨{title}⁩: موعده ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report for {title} overdue since {day}</source>
        <translation>التقرير النهائي لـ ⁨{title}⁩: متأخر منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: the grant period ends {day}</source>
        <translation>⁨{title}⁩: تنتهي فترة المنحة في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {amount} unspent, and the period ends {day}</source>
        <translation>⁨{title}⁩: ⁨{amount}⁩ لم تُصرف، وتنتهي الفترة في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {amount} waiting on the interim report</source>
        <translation>⁨{title}⁩: ⁨{amount}⁩ بانتظار التقرير المرحلي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {amount} waiting on the final report</source>
        <translation>⁨{title}⁩: ⁨{amount}⁩ بانتظار التقرير النهائي</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grant deadlines and money at risk</source>
        <translation>مواعيد المنح والأموال المعرّضة للخطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grant deadlines in the next two months.</source>
        <translation>لا مواعيد للمنح في الشهرين القادمين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../services/meetings/dashboard.py" line="+58"/>
        <location line="+20"/>
        <location filename="../../services/resources/dashboard.py" line="+24"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n more on the Grants page.</source>
        <translation>
            <numerusform>…ولا أسطر أخرى في صفحة المنح.</numerusform>
            <numerusform>…وسطر آخر في صفحة المنح.</numerusform>
            <numerusform>…وسطران آخران في صفحة المنح.</numerusform>
            <numerusform>…و%n أسطر أخرى في صفحة المنح.</numerusform>
            <numerusform>…و%n سطرًا آخر في صفحة المنح.</numerusform>
            <numerusform>…و%n سطر آخر في صفحة المنح.</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more on the Grants page.</source>
        <translation type="vanished">…و⁨{n}⁩ غيرها في صفحة المنح.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/dashboard.py" line="-31"/>
        <source>Next meetings</source>
        <extracomment>A card has room for a few; the Meetings page lists them all.</extracomment>
        <translation>الاجتماعات القادمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings planned: plan one on the Meetings page.</source>
        <translation>لا اجتماعات مخططة: خطّط لاجتماع في صفحة الاجتماعات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}, {day} at {time}: {expected} expected</source>
        <translation>⁨{title}⁩، ⁨{day}⁩ الساعة ⁨{time}⁩: يُتوقع حضور ⁨{expected}⁩</translation>
    </message>
    <message>
        <source>…and {n} more on the Meetings page.</source>
        <translation type="vanished">…و⁨{n}⁩ غيرها في صفحة الاجتماعات.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+20"/>
        <source>…and %n more on the Meetings page.</source>
        <translation>
            <numerusform>…ولا أسطر أخرى في صفحة الاجتماعات.</numerusform>
            <numerusform>…وسطر آخر في صفحة الاجتماعات.</numerusform>
            <numerusform>…وسطران آخران في صفحة الاجتماعات.</numerusform>
            <numerusform>…و%n أسطر أخرى في صفحة الاجتماعات.</numerusform>
            <numerusform>…و%n سطرًا آخر في صفحة الاجتماعات.</numerusform>
            <numerusform>…و%n سطر آخر في صفحة الاجتماعات.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Open and overdue actions</source>
        <translation>المهام المفتوحة والمتأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open actions.</source>
        <translation>لا مهام مفتوحة.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{text} ({owner})</source>
        <translation>{text} ({owner})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} (no owner yet)</source>
        <translation>⁨{text}⁩ (بلا مسؤول بعد)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} ({owner}): overdue since {day}</source>
        <translation>⁨{text}⁩ (⁨{owner}⁩): متأخرة منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} (no owner yet): overdue since {day}</source>
        <translation>⁨{text}⁩ (بلا مسؤول بعد): متأخرة منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} ({owner}): due {day}</source>
        <translation>⁨{text}⁩ (⁨{owner}⁩): موعدها ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} (no owner yet): due {day}</source>
        <translation>⁨{text}⁩ (بلا مسؤول بعد): موعدها ⁨{day}⁩</translation>
    </message>
    <message>
        <source>…and {n} more on the Members page.</source>
        <translation type="vanished">…و⁨{n}⁩ غيرهم في صفحة الأعضاء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/members/dashboard.py" line="+18"/>
        <source>…and %n more on the Members page.</source>
        <translation>
            <numerusform>…ولا أسطر أخرى في صفحة الأعضاء.</numerusform>
            <numerusform>…وسطر آخر في صفحة الأعضاء.</numerusform>
            <numerusform>…وسطران آخران في صفحة الأعضاء.</numerusform>
            <numerusform>…و%n أسطر أخرى في صفحة الأعضاء.</numerusform>
            <numerusform>…و%n سطرًا آخر في صفحة الأعضاء.</numerusform>
            <numerusform>…و%n سطر آخر في صفحة الأعضاء.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No members yet: add them, or import your list, on the Members page.</source>
        <translation>لا أعضاء بعد: أضفهم أو استورد قائمتك في صفحة الأعضاء.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who needs a check-in</source>
        <translation>من يحتاج إلى تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody: everyone has been in touch lately.</source>
        <translation>لا أحد: الجميع على تواصل مؤخرًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log a check-in</source>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: follow-up overdue since {day}</source>
        <translation>⁨{name}⁩: المتابعة متأخرة منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: follow-up due {day}</source>
        <translation>⁨{name}⁩: المتابعة في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not seen since joining</source>
        <translation>⁨{name}⁩: لم يُرَ منذ انضمامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: not seen for {weeks} weeks</source>
        <translation>⁨{name}⁩: لم يُرَ منذ ⁨{weeks}⁩ أسابيع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New members without a mentor</source>
        <translation>أعضاء جدد بلا مرشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every new member has a mentor.</source>
        <translation>لكل عضو جديد مرشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}, joined {day}</source>
        <translation>⁨{name}⁩، انضم في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a mentor</source>
        <translation>إيجاد مرشد</translation>
    </message>
    <message>
        <source>…and {n} more on the Resources page.</source>
        <translation type="vanished">…و⁨{n}⁩ غيرها في صفحة الموارد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/resources/dashboard.py" line="-1"/>
        <source>…and %n more on the Resources page.</source>
        <translation>
            <numerusform>…ولا أسطر أخرى في صفحة الموارد.</numerusform>
            <numerusform>…وسطر آخر في صفحة الموارد.</numerusform>
            <numerusform>…وسطران آخران في صفحة الموارد.</numerusform>
            <numerusform>…و%n أسطر أخرى في صفحة الموارد.</numerusform>
            <numerusform>…و%n سطرًا آخر في صفحة الموارد.</numerusform>
            <numerusform>…و%n سطر آخر في صفحة الموارد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue loans</source>
        <translation>إعارات متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>لا شيء متأخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} with {name}: due {day}, {late} days late</source>
        <translation>⁨{item}⁩ مع ⁨{name}⁩: موعده ⁨{day}⁩، متأخر ⁨{late}⁩ أيام</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Due back this week</source>
        <translation>يُعاد هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due back this week.</source>
        <translation>لا شيء يُعاد هذا الأسبوع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} from {name}: due today</source>
        <translation>⁨{item}⁩ من ⁨{name}⁩: يُعاد اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} from {name}: due {day}</source>
        <translation>⁨{item}⁩ من ⁨{name}⁩: يُعاد في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Today&apos;s reservations</source>
        <translation>حجوزات اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is booked for today.</source>
        <translation>لا حجوزات لليوم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} for {name}, until {day}</source>
        <translation>⁨{item}⁩ لـ ⁨{name}⁩ حتى ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} for {name}</source>
        <translation>⁨{item}⁩ لـ ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upkeep due</source>
        <translation>صيانة مستحقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No upkeep is due.</source>
        <translation>لا صيانة مستحقة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clashes</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clashes: nothing is lent or booked twice.</source>
        <translation>لا تعارضات: لا شيء مُعار أو محجوز مرتين.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{item} is overdue with {name} and booked from {day} by {who}: ask for it back or move the booking</source>
        <translation>⁨{item}⁩ متأخر مع ⁨{name}⁩ ومحجوز من ⁨{day}⁩ لـ ⁨{who}⁩: اطلب إرجاعه أو انقل الحجز</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{item} is over-booked from {day}: {who}</source>
        <translation>⁨{item}⁩ محجوز أكثر من المتاح منذ ⁨{day}⁩: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{item}: {what}, due since {day}</source>
        <translation>⁨{item}⁩: ⁨{what}⁩، مستحقة منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: {what}, {loans} loans since it was last done</source>
        <translation>⁨{item}⁩: ⁨{what}⁩، ⁨{loans}⁩ إعارات منذ آخر مرة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/dashboard.py" line="+55"/>
        <source>…and %n more.</source>
        <extracomment>How many lines a list shows; a list may read only these, with its length (`DashboardList`). A value in a line&apos;s sentence: the GUI keeps text (a name, a title) in its own run of right-to-left-safe text and writes a day in the group&apos;s date format. The sentence with {placeholders}, marked with QT_TRANSLATE_NOOP(&quot;Dashboard&quot;, ...); the GUI translates it, then fills in `values`. The button&apos;s text (translated in the &quot;Dashboard&quot; context too). What the button opens: a page (and the record on it, if any) ... ... or an action the card&apos;s `opens` knows (&quot;checkin&quot;), for `record_id`. Said when there is nothing to list. Said under the list when it has more lines than fit: %n is how many more (`n`).</extracomment>
        <translation>
            <numerusform>…ولا أسطر أخرى.</numerusform>
            <numerusform>…وسطر آخر.</numerusform>
            <numerusform>…وسطران آخران.</numerusform>
            <numerusform>…و%n أسطر أخرى.</numerusform>
            <numerusform>…و%n سطرًا آخر.</numerusform>
            <numerusform>…و%n سطر آخر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+195"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New members</source>
        <translation>أعضاء جدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{n} active</source>
        <extracomment>The areas&apos; lists by their key, made as the first summary arrives, in its order.</extracomment>
        <translation>⁨{n}⁩ نشِط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inactive} inactive, 1 has left</source>
        <translation>⁨{inactive}⁩ غير نشِط، وغادر عضو واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inactive} inactive, {left} have left</source>
        <translation>⁨{inactive}⁩ غير نشِط، وغادر ⁨{left}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>joined in the last 90 days</source>
        <translation>انضموا خلال آخر 90 يومًا</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No backup yet</source>
        <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the first one now</source>
        <translation>أنشئ الأولى الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup on a USB stick or in a cloud folder keeps the group&apos;s records safe if this laptop breaks or is lost.</source>
        <translation>النسخة الاحتياطية على ذاكرة USB أو في مجلد سحابي تحفظ سجلات المجموعة إذا تعطّل هذا الحاسوب أو ضاع.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup: {when}</source>
        <translation>آخر نسخة احتياطية: ⁨{when}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up</source>
        <translation>تم النسخ الاحتياطي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest backup is on this laptop and in {place}.</source>
        <translation>أحدث نسخة احتياطية على هذا الحاسوب وفي ⁨{place}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Only on this laptop</source>
        <translation>على هذا الحاسوب فقط</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{place} has no copy of the latest backup (is the stick plugged in?).</source>
        <translation>لا توجد في ⁨{place}⁩ نسخة من أحدث نسخة احتياطية (هل الذاكرة موصولة؟).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The latest backup is only on this laptop: choose a USB stick or a cloud folder in Settings for a second copy.</source>
        <translation>أحدث نسخة احتياطية على هذا الحاسوب فقط: اختر ذاكرة USB أو مجلدًا سحابيًا في الإعدادات لنسخة ثانية.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../ui/widgets/date_picker.py" line="+26"/>
        <source>Calendar for {field}</source>
        <translation>تقويم ⁨{field}⁩</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Pick the day (Alt+Down)</source>
        <translation>اختر اليوم (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the day</source>
        <translation>اختر اليوم</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../ui/meetings/decisions_tab.py" line="+68"/>
        <source>Motion</source>
        <extracomment>Member names by id, for the proxies chosen.</extracomment>
        <translation>الاقتراح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstained</source>
        <translation>امتنع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Motion</source>
        <translation>ا&amp;لاقتراح</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Nobody named</source>
        <translation>لم يُسمَّ أحد</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Proposed by</source>
        <translation>اقت&amp;رحه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seco&amp;nded by</source>
        <translation>&amp;ثنّى عليه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How decided</source>
        <translation>&amp;طريقة القرار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The group&apos;s rule ({rule})</source>
        <translation>قاعدة المجموعة (⁨{rule}⁩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule</source>
        <translation>القاع&amp;دة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by the vote below</source>
        <translation>يُقرَّر بالتصويت أدناه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A withdrawn or deferred motion has no vote; carried or defeated come from it</source>
        <translation>الاقتراح المسحوب أو المرجأ لا تصويت له؛ الإقرار أو الرفض يأتيان من التصويت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result: vote, &amp;withdrawn or deferred</source>
        <translation>النتيجة: تصويت، مسحوب &amp;أو مرجأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No: another motion</source>
        <translation>لا: اقتراح آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving earlier minutes is a decision that names that meeting</source>
        <translation>اعتماد محضر سابق قرار يسمّي ذلك الاجتماع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approves the minutes &amp;of</source>
        <translation>&amp;يعتمد محضر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;For</source>
        <translation>&amp;مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Against</source>
        <translation>&amp;ضد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bstentions</source>
        <translation>الممتنع&amp;ون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tand-asides</source>
        <translation>المتن&amp;حّون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;locks</source>
        <translation>المعتر&amp;ضون</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose who holds it</source>
        <extracomment>One entry per proxy vote: the member holding it (who must be present).</extracomment>
        <translation>اختر من يحملها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;xy held by</source>
        <translation>الو&amp;كالة مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add prox&amp;y vote</source>
        <translation>إضافة صوت &amp;وكالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add proxy vote</source>
        <translation>إضافة صوت وكالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Clear proxies</source>
        <translation>مسح الوكالات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy votes</source>
        <translation>أصوات الوكالة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+173"/>
        <source>Reading who is present…</source>
        <translation>جارٍ قراءة الحاضرين…</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Quorum</source>
        <translation>النصاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum:</source>
        <translation>النصاب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chair confirms recording this vote without a &amp;quorum</source>
        <translation>يؤكد رئيس الجلسة تسجيل هذا التصويت دون &amp;نصاب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record decision</source>
        <translation>&amp;تسجيل القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision result</source>
        <translation>نتيجة القرار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions recorded</source>
        <translation>القرارات المسجلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ecisions recorded:</source>
        <translation>القرارات الم&amp;سجلة:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{title}, {day}</source>
        <translation>⁨{title}⁩، ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{present} present; the group has no quorum rule.</source>
        <translation>الحاضرون: ⁨{present}⁩؛ ليس للمجموعة قاعدة نصاب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{present} present of {needed} needed: quorate.</source>
        <translation>حضر ⁨{present}⁩ من ⁨{needed}⁩ مطلوبين: النصاب مكتمل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{present} present of {needed} needed: NOT quorate.</source>
        <translation>حضر ⁨{present}⁩ من ⁨{needed}⁩ مطلوبين: النصاب غير مكتمل.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No proxy votes</source>
        <translation>لا أصوات بالوكالة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say what the motion is</source>
        <translation>اذكر ما هو الاقتراح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not quorate: the chair must confirm recording this vote</source>
        <translation>النصاب غير مكتمل: يجب أن يؤكد رئيس الجلسة تسجيل هذا التصويت</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recorded: {outcome}.</source>
        <translation>سُجّل: ⁨{outcome}⁩.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../ui/help_menu.py" line="+30"/>
        <source>Diagnostics copied</source>
        <translation>نُسخت معلومات التشخيص</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These lines are on the clipboard: paste them into a message to whoever helps with GroupDesk. They hold no personal data — no names and nothing from your records or files, only versions, sizes and the last sync&apos;s outcome.</source>
        <translation>هذه الأسطر في الحافظة: الصقها في رسالة إلى من يساعدك في GroupDesk. لا تحتوي على أي بيانات شخصية — لا أسماء ولا شيء من سجلاتك أو ملفاتك، بل الإصدارات والأحجام ونتيجة آخر مزامنة فقط.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnostics</source>
        <translation>التشخيص</translation>
    </message>
</context>
<context>
    <name>DialogKeys</name>
    <message>
        <location filename="../../ui/dialog_keys.py" line="+116"/>
        <source>Close without saving?</source>
        <extracomment>Dialogs that are questions or progress, not forms. The property marking a dialog a person has typed in. Dialogs that show records rather than take them opt out: `dialog.setProperty(NO_ASK, True)`.</extracomment>
        <translation>إغلاق دون حفظ؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed in “{title}” has not been saved.</source>
        <translation>لم يُحفظ ما كتبته في «⁨{title}⁩».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/members/duplicates_dialog.py" line="+40"/>
        <location line="+9"/>
        <source>Possible duplicates</source>
        <extracomment>More pairs than this are not listed at once (the most likely come first).</extracomment>
        <translation>سجلات مكررة محتملة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Looking for records of the same person…</source>
        <translation>جارٍ البحث عن سجلات للشخص نفسه…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First record</source>
        <translation>السجل الأول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other record</source>
        <translation>السجل الآخر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge, keeping the &amp;first record</source>
        <translation>دمج مع الإبقاء على السجل الأ&amp;ول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge, keeping the &amp;other record</source>
        <translation>دمج مع الإبقاء على السجل الآ&amp;خر</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Choose a pair in the list first.</source>
        <translation>اختر زوجًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Merge result</source>
        <translation>نتيجة الدمج</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No likely duplicates.</source>
        <translation>لا سجلات مكررة محتملة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 possible duplicate</source>
        <translation>سجل مكرر محتمل واحد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} possible duplicates</source>
        <translation>سجلات مكررة محتملة: ⁨{count}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{found}; check each pair before merging. A merge can be undone from the kept record&apos;s profile.</source>
        <translation>‏⁨{found}⁩؛ تحقّق من كل زوج قبل الدمج. يمكن التراجع عن الدمج من ملف السجل المُبقى عليه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{score}%</source>
        <translation>{score}%</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Merged {other} into {keep}.</source>
        <translation>دُمج ⁨{other}⁩ في ⁨{keep}⁩.</translation>
    </message>
    <message>
        <location filename="../../services/members/duplicates.py" line="+382"/>
        <source>same name</source>
        <extracomment>Name-word blocks bigger than this are skipped (see the module docstring). A name, email or phone shared by more records than this is common (a popular name, an office switchboard, a shared inbox): sharing it alone says nothing about being one person. Name similarity given to &quot;Sam Okafor&quot; and &quot;Samuel Okafor&quot;. 0-100: how likely the two are one person. Why, in words: &quot;same email&quot;, &quot;same name&quot;, &quot;similar names&quot;, &quot;same phone&quot;.</extracomment>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>similar names</source>
        <translation>أسماء متشابهة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same email</source>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../ui/grants/expense_dialog.py" line="+53"/>
        <source>New expense</source>
        <extracomment>The expense as saved.</extracomment>
        <translation>مصروف جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the expense</source>
        <translation>حفظ المصروف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Payee</source>
        <translation>الم&amp;ستفيد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount ({currency})</source>
        <translation>ال&amp;مبلغ (⁨{currency}⁩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On no line yet</source>
        <translation>ليس على بند بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;line</source>
        <translation>&amp;بند الميزانية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What for</source>
        <translation>&amp;لأي غرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group&apos;s account</source>
        <translation>حساب المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid &amp;by</source>
        <translation>&amp;دفعه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;checked the warnings: save it anyway</source>
        <translation>&amp;راجعت التحذيرات: احفظه على أي حال</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Give the day it was spent</source>
        <translation>حدّد يوم الإنفاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the amount</source>
        <translation>حدّد المبلغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who was paid</source>
        <translation>اذكر لمن دُفع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the warnings, then tick that you have</source>
        <translation>راجع التحذيرات، ثم علّم أنك راجعتها</translation>
    </message>
</context>
<context>
    <name>ExpenseWarnings</name>
    <message>
        <location filename="../../services/grants/expenses.py" line="+151"/>
        <source>{day} is before the grant&apos;s period starts ({start})</source>
        <translation>‏⁨{day}⁩ قبل بداية فترة المنحة (⁨{start}⁩)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day} is after the grant&apos;s period ends ({end})</source>
        <translation>‏⁨{day}⁩ بعد نهاية فترة المنحة (⁨{end}⁩)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this takes the line {line!r} over its budget of {budget} by {over}</source>
        <translation>هذا يجعل البند ⁨{line!r}⁩ يتجاوز ميزانيته ⁨{budget}⁩ بمقدار ⁨{over}⁩</translation>
    </message>
</context>
<context>
    <name>ExpensesTab</name>
    <message>
        <location filename="../../ui/grants/expenses_tab.py" line="+87"/>
        <source>Receipts (*.jpg *.jpeg *.png *.pdf)</source>
        <extracomment>Row thumbnails are made for at most this many expenses at a time (the first in the list).</extracomment>
        <translation>الإيصالات (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zip files (*.zip)</source>
        <translation>ملفات Zip (*.zip)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bank statements (*.csv *.txt)</source>
        <translation>كشوف الحساب البنكي (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Day</source>
        <extracomment>(row dropped on, the files) Asks for receipt files; tests pass their own answer. Asks for the (empty) folder an evidence pack goes in; tests pass their own answer.</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expenses</source>
        <translation>المصروفات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop receipt files on an expense to attach them</source>
        <translation>أفلت ملفات الإيصالات على مصروف لإرفاقها به</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add expense…</source>
        <translation>إ&amp;ضافة مصروف…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add expense</source>
        <translation>إضافة مصروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach rece&amp;ipts…</source>
        <translation>&amp;إرفاق إيصالات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach receipts to the chosen expense</source>
        <translation>إرفاق إيصالات بالمصروف المختار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open rec&amp;eipt</source>
        <translation>&amp;فتح الإيصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen receipt</source>
        <translation>فتح الإيصال المختار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import ban&amp;k CSV…</source>
        <extracomment>Asks for the bank file to import; tests pass their own answer.</extracomment>
        <translation>استيراد ك&amp;شف بنكي CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Import expenses from a bank&apos;s CSV file</source>
        <translation>استيراد المصروفات من ملف CSV من البنك</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Export e&amp;vidence pack…</source>
        <translation>&amp;تصدير ملف الإثباتات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the grant&apos;s evidence pack</source>
        <translation>تصدير ملف إثباتات المنحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as &amp;zip…</source>
        <extracomment>Asks for the new .zip file an evidence pack goes in; tests pass their own answer.</extracomment>
        <translation>تصدير بصيغة &amp;zip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the grant&apos;s evidence pack as a zip file</source>
        <translation>تصدير ملف إثباتات المنحة بصيغة zip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts of the chosen expense</source>
        <translation>إيصالات المصروف المختار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;ceipts:</source>
        <translation>&amp;الإيصالات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt preview</source>
        <translation>معاينة الإيصال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt result</source>
        <translation>نتيجة الإيصال</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(no line)</source>
        <translation>(بلا بند)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No receipt yet: drop one on the expense.</source>
        <translation>لا إيصال بعد: أفلت واحدًا على المصروف.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}

{note}

Open it with Open receipt.</source>
        <translation>‏⁨{name}⁩

⁨{note}⁩

افتحه بـ«فتح الإيصال».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an expense first</source>
        <translation>اختر مصروفًا أولًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a receipt first</source>
        <translation>اختر إيصالًا أولًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach receipts</source>
        <translation>إرفاق إيصالات</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attached 1 receipt to {payee}.</source>
        <translation>أُرفق إيصال واحد بـ ⁨{payee}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached {count} receipts to {payee}.</source>
        <translation>أُرفقت إيصالات بـ ⁨{payee}⁩: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attaching…</source>
        <translation>جارٍ الإرفاق…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Imported 1 expense from the bank file.</source>
        <translation>استُورد مصروف واحد من ملف البنك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} expenses from the bank file.</source>
        <translation>استُوردت مصروفات من ملف البنك: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export evidence pack to an empty folder</source>
        <translation>تصدير ملف الإثباتات إلى مجلد فارغ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export evidence pack as a new zip file</source>
        <translation>تصدير ملف الإثباتات بصيغة ملف zip جديد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evidence pack written to {folder} with 1 receipt.</source>
        <translation>كُتب ملف الإثباتات في ⁨{folder}⁩ مع إيصال واحد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence pack written to {folder} with {count} receipts.</source>
        <translation>كُتب ملف الإثباتات في ⁨{folder}⁩ مع إيصالات عددها ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on this laptop yet, so left out: {names}.</source>
        <translation>ليست على هذا الحاسوب بعد، فاستُبعدت: ⁨{names}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write the evidence pack to {folder}: {reason}.</source>
        <translation>تعذّرت كتابة ملف الإثباتات في ⁨{folder}⁩: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting the evidence pack…</source>
        <translation>جارٍ تصدير ملف الإثباتات…</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/resources/loan_dialogs.py" line="+310"/>
        <source>Extend the loan of {item} to {who}</source>
        <translation>تمديد إعارة ⁨{item}⁩ لـ ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;due day</source>
        <translation>مو&amp;عد الإرجاع الجديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now on {day}</source>
        <translation>موعده الحالي ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed b&amp;y</source>
        <translation>&amp;وافق عليه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a day after the due day now, {day}.</source>
        <translation>اختر يومًا بعد موعد الإرجاع الحالي، ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the new due day</source>
        <translation>حدّد موعد الإرجاع الجديد</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+57"/>
        <source>{field} error</source>
        <extracomment>The locale a form without one writes its messages&apos; values in (days, money, numbers).</extracomment>
        <translation>خطأ في ⁨{field}⁩</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/grants/form_dialog.py" line="-47"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <location filename="../../ui/grants/funders_dialog.py" line="+56"/>
        <source>Funder</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New funder</source>
        <translation>جهة مانحة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the funder</source>
        <translation>حفظ الجهة المانحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contact person</source>
        <translation>&amp;جهة الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email</source>
        <translation>البريد الإ&amp;لكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website</source>
        <translation>الموقع ال&amp;إلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes</source>
        <translation>مل&amp;احظات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awarded</source>
        <translation>الممنوح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants with the group</source>
        <translation>المنح مع المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grants with the group:</source>
        <translation>ال&amp;منح مع المجموعة:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{start} to {end}</source>
        <translation>من ⁨{start}⁩ إلى ⁨{end}⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No grants sought from this funder yet.</source>
        <translation>لم تُطلب أي منحة من هذه الجهة بعد.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name the funder</source>
        <translation>سمِّ الجهة المانحة</translation>
    </message>
</context>
<context>
    <name>FundersDialog</name>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+12"/>
        <source>Funders</source>
        <translation>الجهات المانحة</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Funder</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sought</source>
        <translation>المطلوب منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded</source>
        <translation>الممنوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Funders:</source>
        <translation>الجهات ال&amp;مانحة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New funder…</source>
        <translation>جهة مانحة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New funder</source>
        <translation>جهة مانحة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit funder…</source>
        <translation>ت&amp;عديل الجهة المانحة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen funder</source>
        <translation>تعديل الجهة المانحة المختارة</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a funder in the list</source>
        <translation>اختر جهة مانحة من القائمة</translation>
    </message>
</context>
<context>
    <name>GrantDetail</name>
    <message>
        <location filename="../../ui/grants/detail.py" line="+69"/>
        <source>Grant details</source>
        <translation>تفاصيل المنحة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget vs actual</source>
        <translation>ال&amp;ميزانية مقابل الفعلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yments</source>
        <translation>ال&amp;دفعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpenses</source>
        <translation>الم&amp;صروفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reimb&amp;ursements</source>
        <translation>ا&amp;سترداد النفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ports</source>
        <translation>الت&amp;قارير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>ا&amp;لسجل</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../ui/grants/grant_dialog.py" line="+48"/>
        <source>Application &amp;deadline</source>
        <translation>آخر موعد لل&amp;تقديم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period st&amp;arts</source>
        <translation>تبدأ ال&amp;فترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;ends</source>
        <translation>تنتهي &amp;الفترة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grant</source>
        <extracomment>The grant as saved.</extracomment>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New grant</source>
        <translation>منحة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the grant</source>
        <translation>حفظ المنحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>العن&amp;وان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No funder yet</source>
        <translation>لا جهة مانحة بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funder</source>
        <translation>ا&amp;لجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New funder, not in the &amp;list…</source>
        <translation>&amp;جهة مانحة جديدة، ليست في القائمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New funder</source>
        <translation>جهة مانحة جديدة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;urrency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount &amp;requested</source>
        <translation>المبلغ الم&amp;طلوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once the funder decides</source>
        <translation>بعد قرار الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount a&amp;warded</source>
        <translation>المبلغ المم&amp;نوح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponsible</source>
        <translation>الم&amp;سؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder&apos;s refere&amp;nce</source>
        <translation>م&amp;رجع الجهة المانحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restr&amp;ictions</source>
        <translation>ال&amp;قيود</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Give the grant a title</source>
        <translation>أعطِ المنحة عنوانًا</translation>
    </message>
</context>
<context>
    <name>GrantFields</name>
    <message>
        <location filename="../../ui/grants/fields.py" line="+91"/>
        <source>write a whole number, such as 200</source>
        <translation>اكتب عددًا صحيحًا، مثل 200</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be below zero</source>
        <translation>لا يمكن أن يكون أقل من صفر</translation>
    </message>
</context>
<context>
    <name>GrantRecords</name>
    <message>
        <location filename="../../ui/grants/claims_tab.py" line="+185"/>
        <source>paid on {day}</source>
        <translation>دُفع في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} — refused: {reason}</source>
        <translation>‏⁨{what}⁩ — رُفض: ⁨{reason}⁩</translation>
    </message>
</context>
<context>
    <name>GrantRules</name>
    <message>
        <location filename="../../services/grants/budget.py" line="+79"/>
        <source>name the budget category</source>
        <extracomment>Oldest first; the first revision&apos;s old amount is what the line was first budgeted at.</extracomment>
        <translation>سمِّ فئة الميزانية</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>name the category</source>
        <translation>سمِّ الفئة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a revision cannot be dated in the future</source>
        <translation>لا يمكن أن تُؤرَّخ المراجعة في المستقبل</translation>
    </message>
    <message>
        <location filename="../../services/grants/expenses.py" line="+53"/>
        <location line="+63"/>
        <source>say who was paid</source>
        <extracomment>What `edit_expense` leaves as it is.</extracomment>
        <translation>اذكر لمن دُفع</translation>
    </message>
    <message>
        <location filename="../../services/grants/funders.py" line="+86"/>
        <location line="+25"/>
        <source>name the funder</source>
        <extracomment>The fields a person edits, in the order a form shows them. Grants sought from them (not deleted), and how many of those were awarded.</extracomment>
        <translation>سمِّ الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../services/grants/micro_grants.py" line="+43"/>
        <source>give the project a title</source>
        <translation>أعطِ المشروع عنوانًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say what the money is for</source>
        <translation>اذكر الغرض من المال</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>say what the project did with the money</source>
        <translation>اذكر ما فعله المشروع بالمال</translation>
    </message>
    <message>
        <location filename="../../services/grants/records.py" line="+156"/>
        <location line="+40"/>
        <source>give the grant a title</source>
        <extracomment>What a person edits on a grant (a micro-grant&apos;s purpose too); amounts are `Money`, days are `date`s. Where it may move next. The applicant of a micro-grant, the person responsible for a grant sought.</extracomment>
        <translation>أعطِ المنحة عنوانًا</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>say which fields to change</source>
        <translation>اذكر الحقول المراد تغييرها</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>a grant is incoming or outgoing</source>
        <translation>المنحة إما واردة أو صادرة</translation>
    </message>
    <message>
        <location filename="../../services/grants/reimbursements.py" line="+80"/>
        <source>claim for an expense or under a grant</source>
        <extracomment>Where each state may go next.</extracomment>
        <translation>طالِب عن مصروف أو ضمن منحة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a claim cannot be dated in the future</source>
        <translation>لا يمكن أن تُؤرَّخ المطالبة في المستقبل</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>say why it is refused</source>
        <translation>اذكر سبب الرفض</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>it cannot be paid before it was approved</source>
        <translation>لا يمكن دفعها قبل اعتمادها</translation>
    </message>
    <message>
        <location filename="../../services/grants/reporting.py" line="+100"/>
        <location line="+52"/>
        <source>a report is interim or final</source>
        <extracomment>A report&apos;s next state, and the day field it stamps. The entries added up. Oldest first.</extracomment>
        <translation>التقرير إما مرحلي أو نهائي</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it cannot be accepted before it was sent</source>
        <translation>لا يمكن قبوله قبل إرساله</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+27"/>
        <source>name the outcome</source>
        <translation>سمِّ النتيجة</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>a target cannot be below zero</source>
        <translation>لا يمكن أن يكون الهدف أقل من صفر</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>enter how many, above zero</source>
        <translation>أدخل العدد، أكبر من صفر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>progress cannot be dated in the future</source>
        <translation>لا يمكن أن يُؤرَّخ التقدم في المستقبل</translation>
    </message>
    <message>
        <location filename="../../services/grants/rules.py" line="+33"/>
        <source>this grant is kept in {currency}; enter the amount in {currency}</source>
        <translation>هذه المنحة محفوظة بعملة ⁨{currency}⁩؛ أدخل المبلغ بعملة ⁨{currency}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an amount cannot be below zero</source>
        <translation>لا يمكن أن يكون المبلغ أقل من صفر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter an amount above zero</source>
        <translation>أدخل مبلغًا أكبر من صفر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title!r} is not a micro-grant</source>
        <translation>‏⁨{title!r}⁩ ليست منحة صغيرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title!r} is a micro-grant the group gives, not one it seeks</source>
        <translation>‏⁨{title!r}⁩ منحة صغيرة تقدّمها المجموعة، لا منحة تسعى إليها</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>تنتهي الفترة (⁨{end}⁩) قبل أن تبدأ (⁨{start}⁩)</translation>
    </message>
    <message>
        <location filename="../../services/grants/payments.py" line="+91"/>
        <source>a payment is in (received) or out (paid)</source>
        <extracomment>&quot;received&quot;, &quot;waiting on the interim report&quot; (or final), or &quot;expected&quot;.</extracomment>
        <translation>الدفعة إما واردة (مستلمة) أو صادرة (مدفوعة)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+115"/>
        <source>a payment cannot be dated in the future</source>
        <translation>لا يمكن أن تُؤرَّخ الدفعة في المستقبل</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>that tranche is already received</source>
        <translation>تلك الدفعة المجزأة مستلمة بالفعل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tranche is money received</source>
        <translation>الدفعة المجزأة مال مستلم</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>that tranche belongs to another grant</source>
        <translation>تلك الدفعة المجزأة تخص منحة أخرى</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>that report belongs to another grant</source>
        <translation>ذلك التقرير يخص منحة أخرى</translation>
    </message>
    <message>
        <location filename="../../services/grants/pipeline.py" line="+98"/>
        <source>{listed}, {state}</source>
        <extracomment>The states a grant starts in. Moves that decide a micro-grant: the applicant may not make them. Moves that record the funder&apos;s (or the group&apos;s) decision, dating it.</extracomment>
        <translation>⁨{listed}⁩، ⁨{state}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{listed} or {last}</source>
        <translation>⁨{listed}⁩ أو ⁨{last}⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{state!r} is not a state; a grant is {states}</source>
        <translation>⁨{state!r}⁩ ليست حالة؛ حالات المنحة: ⁨{states}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A micro-grant that is {state} can move no further</source>
        <translation>المنحة الصغيرة التي حالتها ⁨{state}⁩ لا تنتقل أبعد من ذلك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A grant that is {state} can move no further</source>
        <translation>المنحة التي حالتها ⁨{state}⁩ لا تنتقل أبعد من ذلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A micro-grant that is {state} can move only to {states}, not {to_state}</source>
        <translation>المنحة الصغيرة التي حالتها ⁨{state}⁩ لا تنتقل إلا إلى ⁨{states}⁩، لا إلى ⁨{to_state}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A grant that is {state} can move only to {states}, not {to_state}</source>
        <translation>المنحة التي حالتها ⁨{state}⁩ لا تنتقل إلا إلى ⁨{states}⁩، لا إلى ⁨{to_state}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say who decided</source>
        <translation>اذكر من قرّر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} applied for this micro-grant and cannot decide it; someone else must approve or refuse it</source>
        <translation>‏⁨{name}⁩ تقدّم بطلب هذه المنحة الصغيرة فلا يستطيع البت فيها؛ يجب أن يعتمدها شخص آخر أو يرفضها</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a move cannot be dated in the future</source>
        <translation>لا يمكن أن يُؤرَّخ النقل في المستقبل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its last move was on {day:%Y-%m-%d}; date this one on or after it</source>
        <translation>كان آخر نقل لها في ⁨{day:%Y-%m-%d}⁩؛ أرّخ هذا النقل في ذلك اليوم أو بعده</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>say how much was awarded</source>
        <translation>اذكر المبلغ الممنوح</translation>
    </message>
</context>
<context>
    <name>GrantWords</name>
    <message>
        <location filename="../../ui/words.py" line="-39"/>
        <source>foundation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>council</source>
        <translation>مجلس محلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crowdfunding</source>
        <translation>تمويل جماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another group</source>
        <translation>مجموعة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospect</source>
        <translation>فرصة محتملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafting</source>
        <translation>قيد الصياغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>مُقدَّمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awarded</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting</source>
        <translation>في مرحلة التقارير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>مُقدَّمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported</source>
        <translation>قُدِّم تقريرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proof</source>
        <translation>إثبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="vanished">مُطالَب به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interim</source>
        <translation>مرحلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>مُرسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>مُستلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting on the interim report</source>
        <translation>بانتظار التقرير المرحلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting on the final report</source>
        <translation>بانتظار التقرير النهائي</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../ui/grants/page.py" line="+119"/>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder or member</source>
        <translation>الجهة المانحة أو العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>المُنفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due or ends</source>
        <translation>الموعد أو النهاية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state} · {count}</source>
        <translation>{state} · {count}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grants we seek</source>
        <translation>منح نسعى إليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micro-grants we give</source>
        <translation>منح صغيرة نقدّمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All grants</source>
        <translation>كل المنح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>ع&amp;رض:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search titles, funders, people… (Ctrl+F)</source>
        <translation>ابحث في العناوين والجهات المانحة والأشخاص… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search grants</source>
        <translation>البحث في المنح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grants by state</source>
        <translation>المنح حسب الحالة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Totals per currency</source>
        <translation>المجاميع لكل عملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the first grant…</source>
        <translation>أضف أول منحة…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;New micro-grant…</source>
        <translation>منحة صغيرة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New micro-grant</source>
        <translation>منحة صغيرة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member applies for money for their project (Ctrl+N)</source>
        <translation>عضو يطلب مالًا لمشروعه (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New grant…</source>
        <translation>منحة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New grant</source>
        <translation>منحة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A grant the group seeks, as a prospect (Ctrl+N)</source>
        <translation>منحة تسعى إليها المجموعة، بصفتها فرصة محتملة (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No grant matches the search. Clear it to see them all.</source>
        <translation>لا تطابق أي منحة البحث. امسحه لرؤيتها كلها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro-grants the group gives to members&apos; projects: the request, the decision, the payment and the report back. None yet (Ctrl+N).</source>
        <translation>منح صغيرة تقدّمها المجموعة لمشاريع الأعضاء: الطلب، والقرار، والدفع، والتقرير العائد. لا شيء بعد (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow each grant here from first idea to final report: its budget, the money received and spent with receipts, and what the funder asks back. None yet (Ctrl+N).</source>
        <translation>تابع هنا كل منحة من الفكرة الأولى إلى التقرير النهائي: ميزانيتها، والمال المستلم والمُنفق مع الإيصالات، وما تطلبه الجهة المانحة في المقابل. لا شيء بعد (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{currency}: 1 grant · awarded {awarded} · spent {spent} · remaining {remaining}</source>
        <translation>‏⁨{currency}⁩: منحة واحدة · الممنوح ⁨{awarded}⁩ · المُنفق ⁨{spent}⁩ · المتبقي ⁨{remaining}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{currency}: {count} grants · awarded {awarded} · spent {spent} · remaining {remaining}</source>
        <translation>‏⁨{currency}⁩: المنح ⁨{count}⁩ · الممنوح ⁨{awarded}⁩ · المُنفق ⁨{spent}⁩ · المتبقي ⁨{remaining}⁩</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{amount} asked</source>
        <translation>المطلوب ⁨{amount}⁩</translation>
    </message>
</context>
<context>
    <name>GroupSettings</name>
    <message>
        <location filename="../../services/settings.py" line="+58"/>
        <source>{text!r} is not a month and day like 04-01</source>
        <translation>⁨{text!r}⁩ ليس شهرًا ويومًا مثل 04-01</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day} is not a day of the year</source>
        <translation>⁨{day}⁩ ليس يومًا من أيام السنة</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the group needs a name</source>
        <extracomment>Where Letter paper is the norm (the rest of the world prints on A4).</extracomment>
        <translation>المجموعة تحتاج إلى اسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the name under 200 characters</source>
        <translation>اجعل الاسم أقل من 200 حرف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code!r} is not an ISO 4217 currency code (like EUR, GBP, USD)</source>
        <translation>⁨{code!r}⁩ ليس رمز عملة ISO 4217 (مثل EUR وGBP وUSD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{locale!r} is not a locale (like en_GB, fr_FR, ar_EG)</source>
        <translation>⁨{locale!r}⁩ ليس لغة ومنطقة (مثل en_GB وfr_FR وar_EG)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{paper!r} is not a paper size; choose A4 or Letter</source>
        <translation>⁨{paper!r}⁩ ليس حجم ورق؛ اختر A4 أو Letter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give the month and day as numbers, like 04-01</source>
        <translation>اكتب الشهر واليوم أرقامًا، مثل 04-01</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weeks!r} is not a number of weeks from 1 to 104</source>
        <translation>⁨{weeks!r}⁩ ليس عدد أسابيع من 1 إلى 104</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say yes or no</source>
        <translation>قل نعم أو لا</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../ui/grants/page.py" line="-225"/>
        <source>Grants keeps each grant from application to final report: its funder, budget lines, expenses and deadlines. Start with the New button (Ctrl+N), then add the grant&apos;s budget lines and record expenses against them as the money is spent.</source>
        <extracomment>Every state, in pipeline order: a grant sought&apos;s, then a micro-grant&apos;s not met before. Before a decision the application deadline matters; once awarded, when the period ends.</extracomment>
        <translation>تحفظ صفحة المنح كل منحة من الطلب حتى التقرير النهائي: جهتها المانحة، وبنود ميزانيتها، ومصروفاتها، ومواعيدها. ابدأ بزر «جديد» (Ctrl+N)، ثم أضف بنود ميزانية المنحة وسجّل المصروفات عليها كلما أُنفق المال.</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/page.py" line="+63"/>
        <source>Meetings holds the group&apos;s meetings: agendas, who came, minutes and the actions agreed. Start with New meeting… (Ctrl+N), then take attendance and note the actions on the day.</source>
        <translation>تحفظ صفحة الاجتماعات اجتماعات المجموعة: جداول الأعمال، ومن حضر، والمحاضر، والمهام المتفق عليها. ابدأ بـ«اجتماع جديد…» (Ctrl+N)، ثم سجّل الحضور ودوّن المهام في يوم الاجتماع.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="+60"/>
        <source>Members lists everyone in the group, with how to reach them, their dues and their check-ins. Start with Add member, or bring in the list you already keep with Import… (a CSV file from a spreadsheet).</source>
        <translation>تعرض صفحة الأعضاء كل أفراد المجموعة، مع طرق التواصل معهم واشتراكاتهم ومرات التواصل. ابدأ بزر إضافة عضو، أو استورد القائمة التي لديك عبر استيراد… (ملف CSV من جدول بيانات).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="-244"/>
        <source>The dashboard shows what needs attention now: members to check in, meetings coming up, loans due back and the last backup and sync. Click a line to open that record.</source>
        <extracomment>The values of a line that name a person (an action&apos;s owner, a borrower, a member). Says, under a list longer than MAX_SHOWN, how many more lines it has. Shows the whole list where it lives (None: the &quot;more&quot; line is only said).</extracomment>
        <translation>تعرض لوحة المتابعة ما يحتاج إلى اهتمام الآن: أعضاء يجب التواصل معهم، واجتماعات قادمة، وإعارات حان موعد إرجاعها، وآخر نسخة احتياطية ومزامنة. انقر على سطر لفتح ذلك السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="+78"/>
        <source>Settings holds the group&apos;s name, currency, language and paper size, and where backups go. Check them once when you start, and set a second place for backups so nothing is lost with one laptop.</source>
        <translation>تحفظ صفحة الإعدادات اسم المجموعة وعملتها ولغتها وحجم الورق، ومكان حفظ النسخ الاحتياطية. راجعها مرة واحدة عند البدء، واختر مكانًا ثانيًا للنسخ الاحتياطية حتى لا يضيع شيء مع حاسوب واحد.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="+83"/>
        <source>Reports makes printable documents from your records: rosters, agendas and minutes, funder reports and the annual report. Choose a report and what it is about, press Make report, then print it or save it as a PDF.</source>
        <extracomment>The subject chooser&apos;s label, and what to do when there is nothing to choose, per kind.</extracomment>
        <translation>تصنع صفحة التقارير مستندات قابلة للطباعة من سجلاتك: قوائم الأعضاء، وجداول الأعمال والمحاضر، وتقارير الجهات المانحة، والتقرير السنوي. اختر تقريرًا وموضوعه، واضغط «إنشاء التقرير»، ثم اطبعه أو احفظه بصيغة PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/resources/page.py" line="+79"/>
        <source>Resources keeps the things the group owns or lends (tools, rooms, equipment) and who has borrowed them. Start with New item… (Ctrl+N), then lend it to a member and mark it returned when it comes back.</source>
        <extracomment>The Show filter&apos;s choices read by the service, and the views a dashboard line may ask for. The rows shown first while the whole list is read behind them: more than a screen holds.</extracomment>
        <translation>تحفظ صفحة الموارد ما تملكه المجموعة أو تعيره (أدوات، قاعات، معدات) ومن استعاره. ابدأ بـ«غرض جديد…» (Ctrl+N)، ثم أعِره لعضو وعلّم عليه أنه أُعيد عند رجوعه.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/page.py" line="+51"/>
        <source>Sync shares the group&apos;s records with its other laptops through a shared folder (a USB stick or a cloud folder), with no server. Set up a new sync folder once on one laptop, join it from the others, then press Sync now (F5) whenever you like.</source>
        <translation>تشارك المزامنة سجلات المجموعة مع حواسيبها الأخرى عبر مجلد مشترك (ذاكرة USB أو مجلد سحابي)، دون خادم. أنشئ مجلد مزامنة جديدًا مرة واحدة على حاسوب واحد، وانضم إليه من الحواسيب الأخرى، ثم اضغط «مزامنة الآن» (F5) متى شئت.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/widgets/record_tables.py" line="+67"/>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>ما تغيّر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{action} {record}</source>
        <translation>{action} {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} ({relation})</source>
        <translation>{what} ({relation})</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="+13"/>
        <source>added</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda item</source>
        <translation>بند جدول أعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached file</source>
        <translation>ملف مرفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget line</source>
        <translation>بند ميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget revision</source>
        <translation>مراجعة ميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expense</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>funder</source>
        <translation>جهة مانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant payment</source>
        <translation>دفعة منحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant report</source>
        <translation>تقرير منحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant state change</source>
        <translation>تغيير حالة منحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group settings</source>
        <translation>إعدادات المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>غرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>إعارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan extension</source>
        <translation>تمديد إعارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting series</source>
        <translation>سلسلة اجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentorship</source>
        <translation>إرشاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge of two records</source>
        <translation>دمج سجلين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>نتيجة متوقعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome entry</source>
        <translation>قيد نتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of a kit</source>
        <translation>جزء من طقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reimbursement</source>
        <translation>استرداد نفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reservation</source>
        <translation>حجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>دور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skill</source>
        <translation>مهارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tranche</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upkeep</source>
        <translation>صيانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upkeep plan</source>
        <translation>خطة صيانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrived late at</source>
        <translation>وصل متأخرًا في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a part</source>
        <translation>بصفته جزءًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a photo</source>
        <translation>بصفته صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as approver</source>
        <translation>بصفة المعتمِد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as borrower</source>
        <translation>بصفة المستعير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as chair</source>
        <translation>بصفة رئيس الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as custodian</source>
        <translation>بصفة الأمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as mentor</source>
        <translation>بصفة المرشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as note-taker</source>
        <translation>بصفة مدوّن المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as owner</source>
        <translation>بصفة المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as presenter</source>
        <translation>بصفة المقدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as proposer</source>
        <translation>بصفة المقترِح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as seconder</source>
        <translation>بصفة المثنّي على الاقتراح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the person responsible</source>
        <translation>بصفة الشخص المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bought with</source>
        <translation>اشتُري بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by them</source>
        <translation>من قِبله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed at</source>
        <translation>أُغلق في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected as</source>
        <translation>حُصّل بصفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected from</source>
        <translation>حُصّل من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done for</source>
        <translation>أُنجز لـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the meeting</source>
        <translation>للاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed out by them</source>
        <translation>سلّمه هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left early at</source>
        <translation>غادر مبكرًا في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lent with the kit</source>
        <translation>أُعير مع الطقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes approved by</source>
        <translation>اعتمد المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occurrence</source>
        <translation>موعد من السلسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by</source>
        <translation>دفعه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raised at</source>
        <translation>طُرح في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received as</source>
        <translation>استُلم بصفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released by</source>
        <translation>أفرج عنه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved by them</source>
        <translation>حجزه هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken back by them</source>
        <translation>استردّه هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this record kept</source>
        <translation>بقي هذا السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this record merged into the other</source>
        <translation>دُمج هذا السجل في الآخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waived the fee</source>
        <translation>أعفى من الرسوم</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/grants/detail.py" line="-59"/>
        <source>History of the grant</source>
        <translation>سجل المنحة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/members/import_wizard.py" line="+69"/>
        <source>Import members from {file}</source>
        <extracomment>What the dry run found: the file&apos;s columns, and the report (None with the reason when the file cannot be read as it stands, e.g. no column is the name yet). What the import wrote, once it has (None until then, or if it was not run). What the person chose: header → target (None: leave out); encoding; existing rows.</extracomment>
        <translation>استيراد أعضاء من ⁨{file}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {file}…</source>
        <translation>جارٍ فحص ⁨{file}⁩…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding of the file</source>
        <translation>ترميز الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encoding:</source>
        <translation>ال&amp;ترميز:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names as read</source>
        <translation>الأسماء كما قُرئت</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with problems</source>
        <translation>صفوف فيها مشكلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in the file</source>
        <translation>الاسم في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member here</source>
        <translation>العضو هنا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows already here</source>
        <translation>صفوف موجودة هنا بالفعل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what to do with them…</source>
        <translation>اختر ما تفعله بها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave them out</source>
        <translation>استبعادها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what their records lack (merge)</source>
        <translation>إكمال ما ينقص سجلاتهم (دمج)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them as new members anyway</source>
        <translation>إضافتهم أعضاءً جددًا على أي حال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do with the rows already here</source>
        <translation>ما تفعله بالصفوف الموجودة هنا بالفعل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;These people are already here:</source>
        <translation>&amp;هؤلاء الأشخاص موجودون هنا بالفعل:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import steps</source>
        <translation>خطوات الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>الأ&amp;عمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems</source>
        <translation>الم&amp;شكلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Already here</source>
        <translation>مو&amp;جود بالفعل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip the bad rows and import the rest</source>
        <translation>ت&amp;خطّي الصفوف المعيبة واستيراد الباقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the bad rows and import the rest</source>
        <translation>تخطّي الصفوف المعيبة واستيراد الباقي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the file first…</source>
        <translation>جارٍ فحص الملف أولًا…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Say what the columns hold first (Columns tab).</source>
        <translation>حدّد محتوى الأعمدة أولًا (تبويب الأعمدة).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(whole row)</source>
        <translation>(الصف كله)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Problems ({count})</source>
        <translation>الم&amp;شكلات (⁨{count}⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Already here ({count})</source>
        <translation>مو&amp;جود بالفعل (⁨{count}⁩)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 row read ({encoding}): {good} ready to import, {bad} with problems.</source>
        <translation>قُرئ صف واحد (⁨{encoding}⁩): ⁨{good}⁩ جاهز للاستيراد، ⁨{bad}⁩ فيه مشكلات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rows} rows read ({encoding}): {good} ready to import, {bad} with problems.</source>
        <translation>قُرئت الصفوف: ⁨{rows}⁩ (⁨{encoding}⁩): ⁨{good}⁩ جاهزة للاستيراد، ⁨{bad}⁩ فيها مشكلات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These columns will not be imported: {columns}.</source>
        <translation>لن تُستورد هذه الأعمدة: ⁨{columns}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No row can be imported: fix the rows in the file, then import it again.</source>
        <translation>لا يمكن استيراد أي صف: أصلح الصفوف في الملف، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is written until you fix those rows or skip them.</source>
        <translation>لن يُكتب شيء حتى تصلح تلك الصفوف أو تتخطاها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} of them are already here: see the Already here tab and say what to do with them.</source>
        <translation>‏⁨{count}⁩ منهم موجودون هنا بالفعل: انظر تبويب «موجود بالفعل» وحدّد ما تفعله بهم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A guess: names read as {names}. If they look wrong, choose another encoding (the file may be in {others}).</source>
        <translation>تخمين: قُرئت الأسماء هكذا: ⁨{names}⁩. إن بدت خاطئة، فاختر ترميزًا آخر (قد يكون الملف بترميز ⁨{others}⁩).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no good row to import.</source>
        <translation>لا يوجد صف سليم للاستيراد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some rows have problems: fix them in the file, or skip them.</source>
        <translation>في بعض الصفوف مشكلات: أصلحها في الملف أو تخطَّها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some people are already here: say on the Already here tab whether to leave them out, fill in their records or add them anyway.</source>
        <translation>بعض الأشخاص موجودون هنا بالفعل: حدّد في تبويب «موجود بالفعل» هل تستبعدهم أم تكمل سجلاتهم أم تضيفهم على أي حال.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be imported.</source>
        <translation>لا يمكن استيراد هذا الملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported 1 member from {file}.</source>
        <translation>استُورد عضو واحد من ⁨{file}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {count} members from {file}.</source>
        <translation>استُورد ⁨{count}⁩ من الأعضاء من ⁨{file}⁩.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/grants/import_wizard.py" line="+92"/>
        <source>Import bank CSV</source>
        <extracomment>&quot;new&quot; (becomes an expense), &quot;known&quot; (already imported), &quot;money_in&quot; or &quot;error&quot;. The import as done (its report: how many expenses were added).</extracomment>
        <translation>استيراد كشف بنكي CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import the rows as expenses</source>
        <translation>استيراد الصفوف مصروفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bank CSV: {name}</source>
        <translation>استيراد كشف بنكي CSV: ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the file was read</source>
        <translation>كيف قُرئ الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as:</source>
        <translation>قُرئ على أنه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Day column</source>
        <translation>عمود ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Descri&amp;ption column</source>
        <translation>عمود ال&amp;وصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;mount column</source>
        <translation>&amp;عمود المبلغ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On no line yet</source>
        <translation>ليس على بند بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;line</source>
        <translation>&amp;بند الميزانية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rows of the file:</source>
        <translation>&amp;صفوف الملف:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the import will do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a column</source>
        <translation>اختر عمودًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{header} (e.g. {example})</source>
        <translation>‏⁨{header}⁩ (مثلًا ⁨{example}⁩)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>commas</source>
        <translation>فواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolons</source>
        <translation>فواصل منقوطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>علامات جدولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encoding {encoding}</source>
        <translation>الترميز ⁨{encoding}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values separated by {separator}</source>
        <translation>القيم مفصولة بـ ⁨{separator}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>decimal comma (1.234,56)</source>
        <translation>فاصلة عشرية (1.234,56)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal point (1,234.56)</source>
        <translation>نقطة عشرية (1,234.56)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days written like {example}</source>
        <translation>الأيام مكتوبة مثل ⁨{example}⁩</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل صف…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 row becomes an expense</source>
        <translation>صف واحد يصبح مصروفًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} rows become expenses</source>
        <translation>صفوف تصبح مصروفات: ⁨{count}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} already imported, skipped</source>
        <translation>مستوردة من قبل، تُخطّيت: ⁨{count}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} money in, not expenses</source>
        <translation>أموال واردة، ليست مصروفات: ⁨{count}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} with a problem: nothing is imported until the file is put right</source>
        <translation>فيها مشكلة: ⁨{count}⁩؛ لا يُستورد شيء حتى يُصحَّح الملف</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wait for the rows to be checked</source>
        <translation>انتظر حتى تُفحص الصفوف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} has a problem: put the file right and import it again (nothing is imported while any row is wrong)</source>
        <translation>في السطر ⁨{line}⁩ مشكلة: صحّح الملف واستورده مرة أخرى (لا يُستورد شيء ما دام صف خاطئًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row to import: every expense in the file is already imported</source>
        <translation>لا صف للاستيراد: كل مصروفات الملف مستوردة من قبل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>becomes an expense</source>
        <translation>يصبح مصروفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported: skipped</source>
        <translation>مستورد من قبل: تُخطّي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money in: not an expense</source>
        <translation>أموال واردة: ليست مصروفًا</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Imported 1 expense from {file}.</source>
        <translation>استُورد مصروف واحد من ⁨{file}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {count} expenses from {file}.</source>
        <translation>استُوردت مصروفات من ⁨{file}⁩: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../ui/resources/detail.py" line="+53"/>
        <source>Item details</source>
        <extracomment>&quot;edit&quot;, &quot;parts&quot;, &quot;lend&quot;, &quot;reserve&quot;, &quot;upkeep&quot;, &quot;plan&quot;, or &quot;return:ID&quot;, &quot;extend:ID&quot; (a loan), &quot;waive:ID&quot; (a loan), &quot;collect:ID&quot;, &quot;move:ID&quot;, &quot;cancel:ID&quot; (a reservation).</extracomment>
        <translation>تفاصيل الغرض</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is now</source>
        <translation>أين هو الآن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clash</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the item&apos;s record</source>
        <translation>أقسام سجل الغرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>الت&amp;فاصيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borrower</source>
        <translation>المستعير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>خرج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>عاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit and notes</source>
        <translation>التأمين والملاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans</source>
        <translation>الإعارات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;turn…</source>
        <translation>&amp;إرجاع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtend…</source>
        <translation>ت&amp;مديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wai&amp;ve late fee…</source>
        <translation>الإع&amp;فاء من رسوم التأخير…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>لِمَن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>How many</source>
        <translation>كم العدد</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Status and note</source>
        <translation>الحالة والملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reservations</source>
        <translation>الحجوزات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hand out now…</source>
        <translation>ت&amp;سليمه الآن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ve to other days…</source>
        <translation>ن&amp;قل إلى أيام أخرى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel reservation</source>
        <translation>إل&amp;غاء الحجز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done on</source>
        <translation>أُنجزت في</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>المنفّذ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upkeep</source>
        <translation>الصيانة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upkeep plans</source>
        <translation>خطط الصيانة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log upkeep…</source>
        <translation>ت&amp;سجيل صيانة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;plan…</source>
        <translation>إضافة &amp;خطة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;oans</source>
        <translation>الإ&amp;عارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eservations</source>
        <translation>الح&amp;جوزات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upkeep</source>
        <translation>ال&amp;صيانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y</source>
        <translation>ا&amp;لسجل</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept at</source>
        <translation>محفوظ في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custodian</source>
        <translation>الأمين عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lent for</source>
        <translation>يُعار لمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>التأمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late fee</source>
        <translation>رسوم التأخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free between bookings</source>
        <translation>أيام فاصلة بين الحجوزات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought with</source>
        <translation>اشتُري بـ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Lend…</source>
        <translation>&amp;إعارة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reserve…</source>
        <translation>&amp;حجز…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edi&amp;t…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit &amp;parts…</source>
        <translation>&amp;أجزاء الطقم…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose an item in the list.</source>
        <translation>اختر غرضًا من القائمة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{amount} a day</source>
        <translation>‏⁨{amount}⁩ في اليوم</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (overdue)</source>
        <translation> (متأخر)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>⚠ Due: {what}</source>
        <translation>⚠ مستحقة: ⁨{what}⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned: {what}</source>
        <translation>مخطط لها: ⁨{what}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No upkeep planned.</source>
        <translation>لا صيانة مخطط لها.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{grant}, expense of {day}, {payee}, {amount}</source>
        <translation>‏⁨{grant}⁩، مصروف بتاريخ ⁨{day}⁩، ⁨{payee}⁩، ⁨{amount}⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} days</source>
        <translation>الأيام: ⁨{count}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every {count} months</source>
        <translation>كل ⁨{count}⁩ أشهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after every loan</source>
        <translation>بعد كل إعارة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after every {count} loans</source>
        <translation>بعد كل ⁨{count}⁩ إعارات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overdue: with {who} since {out}, due {due}</source>
        <translation>متأخر: مع ⁨{who}⁩ منذ ⁨{out}⁩، موعده ⁨{due}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out with {who} until {due}</source>
        <translation>خارج مع ⁨{who}⁩ حتى ⁨{due}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Here, not lent out.</source>
        <translation>هنا، غير مُعار.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{free} of {count} here.</source>
        <translation>‏⁨{free}⁩ من ⁨{count}⁩ هنا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Clash from {day}: {what}</source>
        <translation>⚠ تعارض من ⁨{day}⁩: ⁨{what}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both records are kept (two laptops booked it apart) until one ends: take a loan back (Return… on the Loans tab) or cancel a reservation.</source>
        <translation>يُحتفظ بالسجلين (حجزه حاسوبان كلٌّ على حدة) حتى ينتهي أحدهما: استرجع إعارة («إرجاع…» في تبويب الإعارات) أو ألغِ حجزًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 day late</source>
        <translation>متأخر يومًا واحدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} days late</source>
        <translation>متأخر ⁨{count}⁩ أيام</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{taken}, kept {kept}: {why}</source>
        <translation>‏⁨{taken}⁩، احتُفظ بـ ⁨{kept}⁩: ⁨{why}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{taken}, given back</source>
        <translation>‏⁨{taken}⁩، أُعيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taken}, held</source>
        <translation>‏⁨{taken}⁩، محتجز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>late fee {fee}, waived</source>
        <translation>رسوم تأخير ⁨{fee}⁩، أُعفي منها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late fee {fee}</source>
        <translation>رسوم تأخير ⁨{fee}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Came back {condition}</source>
        <translation>عاد ⁨{condition}⁩</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a loan not yet returned</source>
        <translation>اختر إعارة لم تُرجع بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a loan with a late fee</source>
        <translation>اختر إعارة عليها رسوم تأخير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a reservation still booked</source>
        <translation>اختر حجزًا ما زال قائمًا</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/resources/item_dialog.py" line="+45"/>
        <source>Edit {item}</source>
        <translation>تعديل ⁨{item}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item</source>
        <translation>غرض جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner</source>
        <translation>الم&amp;الك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ustodian</source>
        <translation>الأ&amp;مين عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the shed, Ana&apos;s garage…</source>
        <translation>المخزن، مرأب آنا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept &amp;at</source>
        <translation>محفوظ &amp;في</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;dition</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition no&amp;te</source>
        <translation>م&amp;لاحظة الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Value</source>
        <translation>ال&amp;قيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;posit</source>
        <translation>الت&amp;أمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Late fee a day</source>
        <translation>رسوم ال&amp;تأخير في اليوم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: not known</source>
        <translation>فارغ: غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no deposit</source>
        <translation>فارغ: بلا تأمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no late fee</source>
        <translation>فارغ: بلا رسوم تأخير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;many</source>
        <translation>&amp;كم العدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lent &amp;for</source>
        <translation>&amp;يُعار لمدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free days &amp;between bookings</source>
        <translation>أيام فا&amp;صلة بين الحجوزات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not lent while out of serv&amp;ice</source>
        <translation>لا يُعار وهو &amp;خارج الخدمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not lent while out of service</source>
        <translation>لا يُعار وهو خارج الخدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>(no grant)</source>
        <extracomment>The grants by id; until they arrive, the item&apos;s own, so saving early keeps them.</extracomment>
        <translation>(بلا منحة)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Bought with &amp;grant</source>
        <translation>اشتُري &amp;بمنحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant e&amp;xpense</source>
        <translation>مص&amp;روف المنحة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no expense)</source>
        <translation>(بلا مصروف)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day}, {payee}, {amount}</source>
        <translation>⁨{day}⁩، ⁨{payee}⁩، ⁨{amount}⁩</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>choose a member from the list</source>
        <translation>اختر عضوًا من القائمة</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../ui/resources/item_table.py" line="+46"/>
        <source>Item</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>يحتاج إلى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items</source>
        <translation>الأغراض</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{free} of {count} here</source>
        <translation>‏⁨{free}⁩ من ⁨{count}⁩ هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; overdue since {day}</source>
        <translation>؛ متأخر منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue since {day}</source>
        <translation>متأخر منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out, due {day}</source>
        <translation>خارج، موعده ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not free today</source>
        <translation>غير متاح اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upkeep due</source>
        <translation>الصيانة مستحقة</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/language.py" line="+82"/>
        <source>Language of the app</source>
        <extracomment>The QSettings key; absent (or &quot;&quot;) follows the system&apos;s language. The language the code is written in: it needs no catalogue. The application&apos;s property naming the language its screens are in now.</extracomment>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system ({language})</source>
        <translation>مثل النظام (⁨{language}⁩)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w the app in</source>
        <translation>ل&amp;غة العرض</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the app</source>
        <translation type="vanished">ل&amp;غة التطبيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language shows from the next start of GroupDesk.</source>
        <translation>تظهر اللغة الجديدة عند تشغيل GroupDesk في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../ui/resources/loan_dialogs.py" line="-293"/>
        <source>Hand out {item}, reserved by {who}</source>
        <translation>تسليم ⁨{item}⁩، الذي حجزه ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lend {item}</source>
        <translation>إعارة ⁨{item}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Borrower</source>
        <translation>ال&amp;مستعير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Out on</source>
        <translation>&amp;خرج في</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Due back on</source>
        <translation>مو&amp;عد الإرجاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;posit taken</source>
        <translation>الت&amp;أمين المأخوذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: no deposit</source>
        <translation>فارغ: بلا تأمين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed out b&amp;y</source>
        <translation>&amp;سلّمه من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;الملاحظات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parts &amp;given</source>
        <translation>الأجزاء ال&amp;مسلّمة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The due day is before it goes out, {day}.</source>
        <translation>موعد الإرجاع قبل يوم خروجه، ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose who takes it from the list</source>
        <translation>اختر من القائمة من يأخذه</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/words.py" line="+14"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Loans</name>
    <message>
        <location filename="../../services/resources/loans.py" line="+185"/>
        <source>A loan starts when the item goes out; reserve it for a later day.</source>
        <extracomment>Not back and past its due day, as of the day read. Days past the due day: until today while out, until the return once back.</extracomment>
        <translation>تبدأ الإعارة عند خروج الغرض؛ احجزه ليوم لاحق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due day is before it goes out, {day}.</source>
        <translation>موعد الإرجاع قبل يوم خروجه، ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lend at least one.</source>
        <translation>أعِر واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>That loan was already returned on {day}.</source>
        <translation>أُرجعت تلك الإعارة بالفعل في ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The return day cannot be in the future.</source>
        <translation>لا يمكن أن يكون يوم الإرجاع في المستقبل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return day is before it went out ({day}).</source>
        <translation>يوم الإرجاع قبل يوم خروجه (⁨{day}⁩).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No deposit was taken for this loan.</source>
        <translation>لم يُؤخذ تأمين لهذه الإعارة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {amount} was taken as a deposit.</source>
        <translation>لم يُؤخذ تأمينًا سوى ⁨{amount}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why part of the deposit is kept (damage, say).</source>
        <translation>اذكر سبب احتجاز جزء من التأمين (ضرر مثلًا).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>That loan was returned on {day}; lend the item again instead.</source>
        <translation>أُرجعت تلك الإعارة في ⁨{day}⁩؛ أعِر الغرض من جديد بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a day after the due day now, {day}.</source>
        <translation>اختر يومًا بعد موعد الإرجاع الحالي، ⁨{day}⁩.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/help_menu.py" line="-113"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GroupDesk…</source>
        <translation>&amp;حول GroupDesk…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;diagnostics</source>
        <translation>نسخ &amp;التشخيص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Self-test…</source>
        <translation>ف&amp;حص ذاتي…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+56"/>
        <source>Sections</source>
        <extracomment>The page F5 syncs from (`sync_now`). The page that makes and previews reports (`open_report`).</extracomment>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../ui/search/__init__.py" line="+21"/>
        <source>&amp;Find everywhere…</source>
        <translation>&amp;بحث في كل شيء…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="+86"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="+72"/>
        <source>Meeting</source>
        <extracomment>The meeting&apos;s key, once it is stored (a new meeting&apos;s first save).</extracomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the meeting</source>
        <translation>أجزاء الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>الت&amp;فاصيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;genda</source>
        <translation>جدول الأ&amp;عمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendan&amp;ce</source>
        <translation>&amp;الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision&amp;s</source>
        <translation>ال&amp;قرارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act&amp;ions</source>
        <translation>الم&amp;هام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve details</source>
        <translation>&amp;حفظ التفاصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save details</source>
        <translation>حفظ التفاصيل</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>العن&amp;وان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;y</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;arts at</source>
        <translation>يب&amp;دأ في</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ends at</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the &amp;next day (past midnight)</source>
        <translation>ينتهي في اليوم التالي (بعد منت&amp;صف الليل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the next day</source>
        <translation>ينتهي في اليوم التالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place</source>
        <translation>ا&amp;لمكان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accessi&amp;bility notes</source>
        <translation>ملاحظات الإ&amp;تاحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>C&amp;hair</source>
        <translation>&amp;رئيس الجلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote-taker</source>
        <translation>&amp;مدوّن المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the se&amp;ries…</source>
        <translation>تغيير ال&amp;سلسلة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the series</source>
        <translation>تغيير السلسلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series&apos; rule and details, for every meeting or from this one on</source>
        <translation>قاعدة السلسلة وتفاصيلها، لكل الاجتماعات أو من هذا الاجتماع فصاعدًا</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Give the day of the meeting</source>
        <extracomment>The series this meeting belongs to, and its start as the rule made it.</extracomment>
        <translation>حدّد يوم الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the meeting a title</source>
        <translation>أعطِ الاجتماع عنوانًا</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved. Now take attendance, record decisions and actions in the tabs.</source>
        <translation>حُفظ. الآن سجّل الحضور والقرارات والمهام في التبويبات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the details first</source>
        <translation>احفظ التفاصيل أولًا</translation>
    </message>
</context>
<context>
    <name>MeetingForms</name>
    <message>
        <location filename="../../ui/meetings/tab.py" line="+50"/>
        <source>write the day as {example} or {short}, or pick it (Alt+Down)</source>
        <translation>اكتب اليوم بالشكل ⁨{example}⁩ أو ⁨{short}⁩، أو اختره (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{example} (optional)</source>
        <translation>‏⁨{example}⁩ (اختياري)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video &amp;link</source>
        <translation>را&amp;بط الفيديو</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <location filename="../../services/meetings/attendance.py" line="+100"/>
        <source>{status!r} is not present, apologies or absent</source>
        <extracomment>present / apologies / absent, or None while not marked.</extracomment>
        <translation>‏⁨{status!r}⁩ ليست حاضرًا أو معتذرًا أو غائبًا</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{count} is not a number of guests</source>
        <translation>‏⁨{count}⁩ ليس عددًا للضيوف</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n names given for {count} guests; raise the count</source>
        <translation>
            <numerusform>لا أسماء لضيوف عددهم ⁨{count}⁩؛ ارفع العدد</numerusform>
            <numerusform>أُعطي اسم واحد لضيوف عددهم ⁨{count}⁩؛ ارفع العدد</numerusform>
            <numerusform>أُعطي اسمان لضيوف عددهم ⁨{count}⁩؛ ارفع العدد</numerusform>
            <numerusform>أُعطيت %n أسماء لضيوف عددهم ⁨{count}⁩؛ ارفع العدد</numerusform>
            <numerusform>أُعطي %n اسمًا لضيوف عددهم ⁨{count}⁩؛ ارفع العدد</numerusform>
            <numerusform>أُعطي %n اسم لضيوف عددهم ⁨{count}⁩؛ ارفع العدد</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} names given for {count} guests; raise the count</source>
        <translation type="vanished">أُعطيت أسماء عددها ⁨{names}⁩ لضيوف عددهم ⁨{count}⁩؛ ارفع العدد</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>mark the member present first; only those present arrive or leave</source>
        <translation>علّم العضو حاضرًا أولًا؛ الحاضرون وحدهم يصلون أو يغادرون</translation>
    </message>
    <message>
        <location filename="../../services/meetings/actions.py" line="+63"/>
        <location line="+87"/>
        <source>say what is to be done</source>
        <extracomment>Still open after its due date (as of the day the list was read, or the meeting&apos;s).</extracomment>
        <translation>اذكر ما يجب عمله</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>an agenda item&apos;s action needs its meeting</source>
        <translation>مهمة بند جدول الأعمال تحتاج إلى اجتماعها</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+83"/>
        <source>{due:%Y-%m-%d} is before the meeting ({day:%Y-%m-%d})</source>
        <translation>‏⁨{due:%Y-%m-%d}⁩ قبل الاجتماع (⁨{day:%Y-%m-%d}⁩)</translation>
    </message>
    <message>
        <location line="-74"/>
        <location filename="../../services/meetings/attendance.py" line="+15"/>
        <location filename="../../services/meetings/decisions.py" line="+179"/>
        <source>that agenda item belongs to another meeting</source>
        <translation>بند جدول الأعمال ذلك يخص اجتماعًا آخر</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{status!r} is not open, done or dropped</source>
        <translation>‏⁨{status!r}⁩ ليست مفتوحة أو منجزة أو متروكة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an action is closed at a meeting, not opened</source>
        <translation>المهمة تُغلق في اجتماع، ولا تُفتح فيه</translation>
    </message>
    <message>
        <location filename="../../services/meetings/attendance.py" line="+6"/>
        <source>they left at an item before the one they arrived at</source>
        <translation>غادر عند بند يسبق البند الذي وصل عنده</translation>
    </message>
    <message>
        <source>keep the {field} under {count} characters</source>
        <extracomment>Fields a meeting and a series both have, with their longest length (None: not text). The people fields, with how a message names them.</extracomment>
        <translation type="vanished">اجعل ⁨{field}⁩ أقل من ⁨{count}⁩ حرفًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/meetings/details.py" line="+44"/>
        <source>keep the {field} under %n characters</source>
        <extracomment>Fields a meeting and a series both have, with their longest length (None: not text). The people fields, with how a message names them.</extracomment>
        <translation>
            <numerusform>اجعل ⁨{field}⁩ أقل من %n حرف</numerusform>
            <numerusform>اجعل ⁨{field}⁩ أقل من حرف واحد</numerusform>
            <numerusform>اجعل ⁨{field}⁩ أقل من حرفين</numerusform>
            <numerusform>اجعل ⁨{field}⁩ أقل من %n أحرف</numerusform>
            <numerusform>اجعل ⁨{field}⁩ أقل من %n حرفًا</numerusform>
            <numerusform>اجعل ⁨{field}⁩ أقل من %n حرف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a meeting needs a title</source>
        <translation>الاجتماع يحتاج إلى عنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a meeting needs a kind</source>
        <translation>الاجتماع يحتاج إلى نوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text!r} is not a web link (it starts with https://)</source>
        <translation>‏⁨{text!r}⁩ ليس رابط ويب (يبدأ بـ https://)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the meeting ends ({end:%Y-%m-%d %H:%M}) before it starts ({start:%Y-%m-%d %H:%M})</source>
        <translation>ينتهي الاجتماع (⁨{end:%Y-%m-%d %H:%M}⁩) قبل أن يبدأ (⁨{start:%Y-%m-%d %H:%M}⁩)</translation>
    </message>
    <message>
        <location filename="../../services/meetings/records.py" line="+124"/>
        <source>{status!r} is not planned, held or cancelled</source>
        <extracomment>What `edit_meeting` changes: the shared details, the times, the status and the private note. How far `list_meetings` looks ahead (upcoming) or back (past) unless told.</extracomment>
        <translation>‏⁨{status!r}⁩ ليست مخططًا أو معقودًا أو ملغى</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location filename="../../services/meetings/series.py" line="+191"/>
        <location line="+75"/>
        <source>give a date and a time</source>
        <translation>حدّد تاريخًا ووقتًا</translation>
    </message>
    <message>
        <location filename="../../services/meetings/decisions.py" line="-23"/>
        <source>say what the motion is</source>
        <extracomment>The group&apos;s rule as set (&quot;12&quot;, &quot;1/3&quot;; empty for none). Valid proxies held by those present.</extracomment>
        <translation>اذكر ما هو الاقتراح</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>only {present} of the {needed} needed for a quorum are present; the chair must confirm recording this vote without quorum</source>
        <translation>لم يحضر إلا ⁨{present}⁩ من ⁨{needed}⁩ مطلوبين للنصاب؛ يجب أن يؤكد رئيس الجلسة تسجيل هذا التصويت دون نصاب</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>minutes are approved at a later meeting than the one they record</source>
        <translation>يُعتمد المحضر في اجتماع لاحق للاجتماع الذي يسجّله</translation>
    </message>
    <message>
        <location filename="../../services/meetings/agenda.py" line="+78"/>
        <location line="+70"/>
        <source>an agenda item needs a title</source>
        <extracomment>The fields `add_item` and `edit_item` take.</extracomment>
        <translation>بند جدول الأعمال يحتاج إلى عنوان</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>keep the title under 300 characters</source>
        <translation>اجعل العنوان أقل من 300 حرف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{minutes!r} is not a number of minutes (0 to 1440)</source>
        <translation>‏⁨{minutes!r}⁩ ليس عددًا من الدقائق (من 0 إلى 1440)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>This meeting is not part of a series; there is none before it.</source>
        <translation>هذا الاجتماع ليس جزءًا من سلسلة؛ لا يوجد اجتماع قبله.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No earlier meeting of this series has an agenda to copy.</source>
        <translation>لا يوجد اجتماع سابق في هذه السلسلة له جدول أعمال يمكن نسخه.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/outcomes.py" line="+82"/>
        <source>{text!r}: the share must be above 0 and at most 1</source>
        <extracomment>Chosen by the meeting, never computed from counts. What makes a group&apos;s own rule count abstentions as votes cast (&quot;3/5 counting abstentions&quot;). The count fields in the order a form shows them; a count that takes the total past those present is the one named in the refusal. The share of votes cast needed. True: more than `share` (a majority is more than half); False: at least `share`.</extracomment>
        <translation>⁨{text!r}⁩: يجب أن تكون النسبة أكبر من 0 وأقصاها 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text!r} is not a decision rule; choose simple majority, two thirds, consensus, or a share such as 3/5 (add &apos;{counting}&apos; if they count as votes cast)</source>
        <translation>⁨{text!r}⁩ ليست قاعدة قرار؛ اختر أغلبية بسيطة أو الثلثين أو التوافق أو نسبة مثل 3/5 (أضف «⁨{counting}⁩» إن كانت تُحسب من الأصوات المدلى بها)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} is not a number of people</source>
        <translation>⁨{count}⁩ ليس عددًا من الأشخاص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a consensus is reached by the consensus method, and only by it</source>
        <translation>التوافق يتحقق بطريقة التوافق، وبها وحدها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consensus has no votes against or abstentions; record a stand-aside or a block</source>
        <translation>التوافق لا أصوات فيه ضد ولا امتناع؛ سجّل تنحّيًا أو اعتراضًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stand-asides and blocks are only for a consensus</source>
        <translation>التنحّي والاعتراض للتوافق فقط</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{running} people counted but only {present} present and {proxies} proxies</source>
        <translation>عُدّ ⁨{running}⁩ أشخاص لكن الحاضرين ⁨{present}⁩ فقط والوكالات ⁨{proxies}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{running} people counted but only {present} present</source>
        <translation>عُدّ ⁨{running}⁩ أشخاص لكن الحاضرين ⁨{present}⁩ فقط</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{text!r} is not a quorum; give a number of people (12) or a share of the active members (1/3 or 40%)</source>
        <translation>⁨{text!r}⁩ ليس نصابًا؛ اذكر عددًا من الأشخاص (12) أو نسبة من الأعضاء النشطين (1/3 أو 40%)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this group does not allow voting by proxy</source>
        <translation>هذه المجموعة لا تسمح بالتصويت بالوكالة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not marked present; a proxy counts only if its holder is present</source>
        <translation>⁨{name}⁩ غير معلَّم حاضرًا؛ لا تُحتسب الوكالة إلا إذا حضر حاملها</translation>
    </message>
    <message>
        <location filename="../../services/meetings/recurrence.py" line="+40"/>
        <source>{name!r} is not a time zone (like Europe/London or America/Chicago)</source>
        <translation>⁨{name!r}⁩ ليست منطقة زمنية (مثل Europe/London أو America/Chicago)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+54"/>
        <source>{text!r} is not a repeat rule ({example})</source>
        <translation>⁨{text!r}⁩ ليست قاعدة تكرار (⁨{example}⁩)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>{text!r} needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY ({example})</source>
        <translation>⁨{text!r}⁩ تحتاج إلى FREQ=DAILY أو WEEKLY أو MONTHLY أو YEARLY (⁨{example}⁩)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text!r} has both COUNT and UNTIL; keep one</source>
        <translation>في ⁨{text!r}⁩ كلٌّ من COUNT وUNTIL؛ أبقِ واحدًا منهما</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>COUNT={count} is not a number of meetings</source>
        <translation>⁨COUNT={count}⁩ ليس عددًا من الاجتماعات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UNTIL={until} is not a date like 20271231</source>
        <translation>⁨UNTIL={until}⁩ ليس تاريخًا مثل 20271231</translation>
    </message>
    <message>
        <location filename="../../services/meetings/series.py" line="-176"/>
        <source>{minutes!r} is not a length in minutes (1 to 1440)</source>
        <extracomment>What `edit_series` changes besides the shared details.</extracomment>
        <translation>⁨{minutes!r}⁩ ليست مدة بالدقائق (من 1 إلى 1440)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the series ends ({day}) before it starts</source>
        <translation>تنتهي السلسلة (⁨{day}⁩) قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the series has no meeting at {start:%Y-%m-%d %H:%M}</source>
        <translation>ليس في السلسلة اجتماع في ⁨{start:%Y-%m-%d %H:%M}⁩</translation>
    </message>
    <message numerus="yes">
        <location filename="../../services/meetings/minutes.py" line="+41"/>
        <source>keep one item&apos;s minutes under %n characters</source>
        <extracomment>Long enough for a full discussion, short enough to keep one item&apos;s minutes readable.</extracomment>
        <translation>
            <numerusform>اجعل محضر البند الواحد أقل من %n حرف</numerusform>
            <numerusform>اجعل محضر البند الواحد أقل من حرف واحد</numerusform>
            <numerusform>اجعل محضر البند الواحد أقل من حرفين</numerusform>
            <numerusform>اجعل محضر البند الواحد أقل من %n أحرف</numerusform>
            <numerusform>اجعل محضر البند الواحد أقل من %n حرفًا</numerusform>
            <numerusform>اجعل محضر البند الواحد أقل من %n حرف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRulesBox</name>
    <message>
        <location filename="../../ui/meetings/settings_box.py" line="+33"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the group meets: new meetings start in it</source>
        <translation>المنطقة التي تجتمع فيها المجموعة: تبدأ الاجتماعات الجديدة بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12, or 1/3 of the active members; empty: none</source>
        <translation>12، أو 1/3 الأعضاء النشطين؛ فارغ: لا نصاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quorum</source>
        <translation>الن&amp;صاب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or the group&apos;s own share of the votes cast, like 3/5 counting abstentions</source>
        <translation>أو نسبة المجموعة الخاصة من الأصوات المدلى بها، مثل 3/5 مع احتساب الممتنعين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decided by</source>
        <translation>&amp;طريقة القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members may &amp;vote by proxy</source>
        <translation>يج&amp;وز للأعضاء التصويت بالوكالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy vote counts only when the member holding it is present</source>
        <translation>لا يُحتسب صوت الوكالة إلا إذا حضر العضو الذي يحمله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;meeting rules</source>
        <translation>ح&amp;فظ قواعد الاجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save meeting rules</source>
        <translation>حفظ قواعد الاجتماعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting rules result</source>
        <translation>نتيجة قواعد الاجتماعات</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <location filename="../../ui/words.py" line="-173"/>
        <source>general meeting</source>
        <translation>اجتماع عام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee</source>
        <translation>لجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working group</source>
        <translation>فريق عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social</source>
        <translation>لقاء اجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>عُقد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apologies</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show of hands</source>
        <translation>برفع الأيدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret ballot</source>
        <translation>اقتراع سري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consensus</source>
        <translation>بالتوافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried</source>
        <translation>أُقرّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defeated</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deferred</source>
        <translation>أُرجئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simple majority</source>
        <translation>أغلبية بسيطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two thirds</source>
        <translation>الثلثان</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings/page.py" line="+14"/>
        <source>Last result</source>
        <extracomment>Asks where to save a file; tests pass their own answer.</extracomment>
        <translation>آخر نتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New meeting…</source>
        <translation>اجتماع &amp;جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a meeting (Ctrl+N)</source>
        <translation>تخطيط اجتماع (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New s&amp;eries…</source>
        <translation>&amp;سلسلة جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a meeting that repeats (every second Tuesday…)</source>
        <translation>تخطيط اجتماع يتكرر (كل ثاني ثلاثاء…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport calendar…</source>
        <translation>تصدير ال&amp;تقويم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar file (.ics) of the upcoming meetings, for phones and calendars</source>
        <translation>ملف تقويم (.ics) للاجتماعات القادمة، للهواتف والتقاويم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Meetings or actions</source>
        <translation>الاجتماعات أو المهام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>الا&amp;جتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>الم&amp;هام</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Upcoming</source>
        <extracomment>Whether the Actions tab shows what the group holds now; it reads when first shown.</extracomment>
        <translation>القادمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>ع&amp;رض:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles, kinds, places… (Ctrl+F)</source>
        <translation>ابحث في العناوين والأنواع والأماكن… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search meetings</source>
        <translation>البحث في الاجتماعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan the first meeting…</source>
        <translation>خطّط لأول اجتماع…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print a&amp;genda…</source>
        <translation>طباعة جدول الأ&amp;عمال…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the agenda</source>
        <translation>طباعة جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-&amp;in sheet…</source>
        <translation>&amp;ورقة الحضور…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in sheet</source>
        <translation>ورقة الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minu&amp;tes…</source>
        <translation>الم&amp;حضر…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a meeting in the list first</source>
        <translation>اختر اجتماعًا من القائمة أولًا</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wner:</source>
        <translation>الم&amp;سؤول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen only</source>
        <translation>المفتوحة &amp;فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;verdue only</source>
        <translation>المتأ&amp;خرة فقط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actions</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an action with Enter or a double click</source>
        <translation>افتح مهمة بمفتاح Enter أو بنقرة مزدوجة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No meeting matches. Clear the search or choose Any kind.</source>
        <translation>لا يطابق أي اجتماع. امسح البحث أو اختر «أي نوع».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meetings held yet: a meeting shows here once its day is past.</source>
        <translation>لم يُعقد أي اجتماع بعد: يظهر الاجتماع هنا بعد مرور يومه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan the group&apos;s meetings here: the agenda, who came, the decisions taken and the actions agreed, ready to print. Nothing is planned yet (Ctrl+N).</source>
        <translation>خطّط لاجتماعات المجموعة هنا: جدول الأعمال، ومن حضر، والقرارات المتخذة، والمهام المتفق عليها، جاهزة للطباعة. لا شيء مخطط بعد (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Export calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved %n meeting(s) to {path}.</source>
        <translation>
            <numerusform>لم يُحفظ أي اجتماع في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظ اجتماع واحد في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظ اجتماعان في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظت %n اجتماعات في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظ %n اجتماعًا في ⁨{path}⁩.</numerusform>
            <numerusform>حُفظ %n اجتماع في ⁨{path}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the calendar…</source>
        <translation>جارٍ تصدير التقويم…</translation>
    </message>
</context>
<context>
    <name>MemberCare</name>
    <message>
        <location filename="../../services/members/checkins.py" line="+97"/>
        <source>{how!r} is not a way of checking in; choose call, visit, message or other</source>
        <extracomment>&quot;follow-up&quot; (a check-in asked for one) or &quot;not seen&quot; (no contact for weeks). When the follow-up falls due; for &quot;not seen&quot;, when contact was last had (or joining).</extracomment>
        <translation>‏⁨{how!r}⁩ ليست طريقة للتواصل؛ اختر اتصالًا أو زيارة أو رسالة أو غير ذلك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a check-in is made by someone else</source>
        <translation>يجري التواصلَ شخصٌ آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the follow-up ({follow_up}) is before the check-in ({day})</source>
        <translation>المتابعة (⁨{follow_up}⁩) قبل التواصل (⁨{day}⁩)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep the note under 4000 characters</source>
        <translation>اجعل الملاحظة أقل من 4000 حرف</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this check-in asked for no follow-up</source>
        <translation>هذا التواصل لم يطلب متابعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the follow-up cannot be done ({done}) before the check-in ({day})</source>
        <translation>لا يمكن إنجاز المتابعة (⁨{done}⁩) قبل التواصل (⁨{day}⁩)</translation>
    </message>
    <message>
        <location filename="../../services/members/mentorships.py" line="+61"/>
        <source>someone cannot mentor themselves</source>
        <translation>لا يمكن لأحد أن يرشد نفسه</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{mentor} has mentored {mentee} since {day}; end that mentorship first</source>
        <translation>‏⁨{mentor}⁩ يرشد ⁨{mentee}⁩ منذ ⁨{day}⁩؛ أنهِ ذلك الإرشاد أولًا</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it cannot end ({end}) before it started ({start})</source>
        <translation>لا يمكن أن ينتهي (⁨{end}⁩) قبل أن يبدأ (⁨{start}⁩)</translation>
    </message>
    <message>
        <location filename="../../services/members/roles.py" line="+52"/>
        <source>the role cannot end ({end}) before it started ({start})</source>
        <translation>لا يمكن أن ينتهي الدور (⁨{end}⁩) قبل أن يبدأ (⁨{start}⁩)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>name the role, like treasurer</source>
        <translation>سمِّ الدور، مثل أمين الصندوق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keep the role under 100 characters</source>
        <translation>اجعل الدور أقل من 100 حرف</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} already holds {role!r} from {day}; end that first</source>
        <translation>‏⁨{name}⁩ يشغل ⁨{role!r}⁩ منذ ⁨{day}⁩؛ أنهِ ذلك أولًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} already holds {role!r}; end that first</source>
        <translation>‏⁨{name}⁩ يشغل ⁨{role!r}⁩ بالفعل؛ أنهِ ذلك أولًا</translation>
    </message>
    <message>
        <location filename="../../services/members/skills.py" line="+51"/>
        <source>name the skill, like first aid</source>
        <translation>سمِّ المهارة، مثل الإسعافات الأولية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the skill under 100 characters</source>
        <translation>اجعل المهارة أقل من 100 حرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind!r} is not a kind; choose skill or interest</source>
        <translation>‏⁨{kind!r}⁩ ليس نوعًا؛ اختر مهارة أو اهتمامًا</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <location filename="../../ui/members/detail.py" line="+54"/>
        <source>Member details</source>
        <extracomment>&quot;edit&quot;, &quot;delete&quot;, &quot;restore&quot;, &quot;forget&quot;, &quot;role&quot;, &quot;skill&quot;, &quot;mentor&quot;, &quot;checkin&quot;, or &quot;unmerge:&lt;id of the merged record&gt;&quot;.</extracomment>
        <translation>بيانات العضو</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role</source>
        <extracomment>The group&apos;s locale, for the services&apos; sentences in other areas&apos; tabs.</extracomment>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add a &amp;role…</source>
        <translation>إضافة &amp;دور…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skill or interest</source>
        <translation>مهارة أو اهتمام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can teach</source>
        <translation>يمكنه التعليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a s&amp;kill…</source>
        <translation>إضافة م&amp;هارة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentor</source>
        <translation>المرشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentee</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;mentoring…</source>
        <translation>بدء الإ&amp;رشاد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a check-in…</source>
        <translation>&amp;تسجيل تواصل…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile</source>
        <extracomment>Other areas&apos; tabs by key (`MemberDetail.tabs`), made when first shown.</extracomment>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring</source>
        <translation>الإرشاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>مرات التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Needs doing</source>
        <extracomment>What another area says needs doing about this member (things borrowed by someone who has left), from its tab&apos;s `warning`.</extracomment>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>الضمائر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility needs</source>
        <translation>احتياجات الإتاحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>آخر حضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore</source>
        <translation>است&amp;عادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget at their re&amp;quest…</source>
        <translation>النسيان بناءً على ال&amp;طلب…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose a member in the list.</source>
        <translation>اختر عضوًا من القائمة.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>may be contacted</source>
        <translation>يمكن التواصل معه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed roster</source>
        <translation>القائمة المطبوعة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none given</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (done)</source>
        <translation> (تم)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Merged from {name} on {date}</source>
        <translation>دُمج من ⁨{name}⁩ في ⁨{date}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separate again</source>
        <translation>فصل مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate {name} again</source>
        <translation>فصل ⁨{name}⁩ مجددًا</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/members/member_dialog.py" line="+75"/>
        <source>Edit {name}</source>
        <extracomment>The save on its way to the database (None when none is).</extracomment>
        <translation>تعديل ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save member</source>
        <translation>حفظ العضو</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full name hint</source>
        <translation>تلميح الاسم الكامل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferred name</source>
        <translation>الاسم الم&amp;فضّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what to call them</source>
        <translation>ماذا يحب أن يُنادى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;nouns</source>
        <translation>ال&amp;ضمائر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. she/her, they/them</source>
        <translation>مثلًا: هي، هو، هم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages</source>
        <translation>الل&amp;غات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. English, Arabic</source>
        <translation>مثلًا: العربية، الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accessibility needs</source>
        <translation>احتياجات الإ&amp;تاحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>البريد الإ&amp;لكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>العن&amp;وان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>العضوية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Joined on</source>
        <translation>ا&amp;نضم في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lef&amp;t on</source>
        <translation>غا&amp;در في</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>May be &amp;contacted</source>
        <translation>&amp;يمكن التواصل معه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;May appear in photos</source>
        <translation>يمكن أن يظهر في ال&amp;صور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in the printed &amp;roster</source>
        <translation>مدرج في &amp;قائمة الأعضاء المطبوعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  given or withdrawn on</source>
        <translation>  أُعطيت أو سُحبت في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (empty: today)</source>
        <translation>YYYY-MM-DD (فارغ: اليوم)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  how</source>
        <translation>  كيف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{consent}: given or withdrawn on</source>
        <translation>‏⁨{consent}⁩: أُعطيت أو سُحبت في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{consent}: how it was given</source>
        <translation>‏⁨{consent}⁩: كيف أُعطيت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>مل&amp;احظات</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter the member&apos;s full name first.</source>
        <translation>أدخل اسم العضو الكامل أولًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is already a member called {name}: you can still add this one.</source>
        <translation>يوجد عضو باسم ⁨{name}⁩ بالفعل: يمكنك مع ذلك إضافة هذا العضو.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are already {count} members called {name}: you can still add this one.</source>
        <translation>يوجد ⁨{count}⁩ أعضاء باسم ⁨{name}⁩ بالفعل: يمكنك مع ذلك إضافة هذا العضو.</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <location filename="../../services/members/fields.py" line="+114"/>
        <source>write it as YYYY-MM-DD, like 2024-05-03</source>
        <extracomment>Free-text fields and their longest length (None: no limit but MAX_TEXT). Every field a person may set, in the order forms and exports show them. Countries whose English name takes &quot;the&quot; (&quot;in the United Kingdom&quot;).</extracomment>
        <translation>اكتبه بالصيغة YYYY-MM-DD، مثل 2024-05-03</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text!r} is not a day of the calendar</source>
        <translation>‏⁨{text!r}⁩ ليس يومًا في التقويم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text!r} has a two-digit year; {hint}</source>
        <translation>‏⁨{text!r}⁩ سنته من رقمين؛ ⁨{hint}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text!r} is not a date; {hint}</source>
        <translation>‏⁨{text!r}⁩ ليس تاريخًا؛ ⁨{hint}⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{value!r} is not yes or no</source>
        <translation>‏⁨{value!r}⁩ ليست نعم أو لا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text!r} is not an email address</source>
        <translation>‏⁨{text!r}⁩ ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{text!r} needs its country code, like +44 20 7946 0018</source>
        <translation>‏⁨{text!r}⁩ يحتاج إلى رمز البلد، مثل ‎+44 20 7946 0018</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text!r} needs its country code, like +44 20 7946 0018 (or set the group&apos;s country in Settings)</source>
        <translation>‏⁨{text!r}⁩ يحتاج إلى رمز البلد، مثل ‎+44 20 7946 0018 (أو اضبط بلد المجموعة في الإعدادات)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{text!r} starts with a country code that does not exist</source>
        <translation>‏⁨{text!r}⁩ يبدأ برمز بلد غير موجود</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{text!r} is not a phone number</source>
        <translation>‏⁨{text!r}⁩ ليس رقم هاتف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text!r} is too short for a phone number</source>
        <translation>‏⁨{text!r}⁩ أقصر من أن يكون رقم هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} is too long for a phone number</source>
        <translation>‏⁨{text!r}⁩ أطول من أن يكون رقم هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} has the wrong number of digits for a phone number</source>
        <translation>عدد أرقام ⁨{text!r}⁩ غير صحيح لرقم هاتف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text!r} is too short for a phone number in {country}</source>
        <translation>‏⁨{text!r}⁩ أقصر من أن يكون رقم هاتف في ⁨{country}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text!r} is too long for a phone number in {country}</source>
        <translation>‏⁨{text!r}⁩ أطول من أن يكون رقم هاتف في ⁨{country}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text!r} has the wrong number of digits for a phone number in {country}</source>
        <translation>عدد أرقام ⁨{text!r}⁩ غير صحيح لرقم هاتف في ⁨{country}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>keep it under %n characters</source>
        <translation>
            <numerusform>اجعله أقل من %n حرف</numerusform>
            <numerusform>اجعله أقل من حرف واحد</numerusform>
            <numerusform>اجعله أقل من حرفين</numerusform>
            <numerusform>اجعله أقل من %n أحرف</numerusform>
            <numerusform>اجعله أقل من %n حرفًا</numerusform>
            <numerusform>اجعله أقل من %n حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>keep it under {count} characters</source>
        <translation type="vanished">اجعله أقل من ⁨{count}⁩ حرفًا</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>a member needs a name</source>
        <extracomment>Each field&apos;s rule, chosen once: an import runs them for every cell of every row. What an empty value is, for the fields that may be empty (most cells of an import are). Field → each row&apos;s clean value (every field a member has, and the sort key); what a refused row&apos;s place holds says nothing. The place of each refused row → the error checking it alone raises.</extracomment>
        <translation>العضو يحتاج إلى اسم</translation>
    </message>
    <message>
        <location filename="../../services/members/checkins.py" line="-44"/>
        <location filename="../../services/members/fields.py" line="-206"/>
        <location filename="../../services/members/mentorships.py" line="-42"/>
        <location line="+49"/>
        <location filename="../../services/members/roles.py" line="-52"/>
        <source>{day} is in the future</source>
        <extracomment>Offered in forms; any other role may be typed.</extracomment>
        <translation>‏⁨{day}⁩ في المستقبل</translation>
    </message>
    <message>
        <location filename="../../services/members/fields.py" line="+11"/>
        <source>{value!r} is not a way of giving consent; choose form, email or in person</source>
        <translation>‏⁨{value!r}⁩ ليست طريقة لإعطاء الموافقة؛ اختر استمارة أو بريدًا إلكترونيًا أو حضوريًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value!r} is not a status; choose active, inactive or left</source>
        <translation>‏⁨{value!r}⁩ ليست حالة؛ اختر نشط أو غير نشط أو غادر</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>the leaving date {left} is before the joining date {joined}</source>
        <translation>تاريخ المغادرة ⁨{left}⁩ قبل تاريخ الانضمام ⁨{joined}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a member who has left has a leaving date; set the status to left (it is {status})</source>
        <translation>تاريخ المغادرة لمن غادر فقط؛ اجعل الحالة «غادر» (هي الآن ⁨{status}⁩)</translation>
    </message>
</context>
<context>
    <name>MemberFilters</name>
    <message>
        <location filename="../../ui/members/member_list.py" line="+81"/>
        <source>Search names, email, roles, skills… (Ctrl+F)</source>
        <translation>ابحث في الأسماء والبريد والأدوار والمهارات… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search members</source>
        <translation>البحث في الأعضاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>نشِط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>غير نشِط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>غادر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any role</source>
        <translation>أي دور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any skill</source>
        <translation>أي مهارة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any consent</source>
        <translation>أي موافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be contacted</source>
        <translation>يمكن التواصل معه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photos allowed</source>
        <translation>الصور مسموحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in printed roster</source>
        <translation>في القائمة المطبوعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Need</source>
        <translation>الحاجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any need</source>
        <translation>أي حاجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a check-in</source>
        <translation>يحتاج إلى تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new without a mentor</source>
        <translation>جديد بلا مرشد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w deleted</source>
        <translation>إظهار ال&amp;محذوفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted and forgotten records</source>
        <translation>إظهار السجلات المحذوفة والمنسية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Filter by {what}</source>
        <translation>تصفية حسب ⁨{what}⁩</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../../services/members/importing.py" line="+335"/>
        <source>this row is not valid CSV ({problem})</source>
        <extracomment>header → field (or part of a field, as `contact_columns.PART_LABELS`), for the columns that were read. Headers not imported that hold a value in some row (unknown, or written by export for reading only). Rows with data (blank lines are not counted). Every header of the file, in its order (for choosing what each column is). True when the encoding was a guess: `sample_names` shows how the names read with it, and `other_encodings` are the others it may be in. Good rows that match a member already here. What was done with them: &quot;skip&quot;, &quot;merge&quot;, &quot;add&quot;, or None if nobody said. (line, place in `checked`, [(skill, kind)]) of each good row. Every row&apos;s checked values a field at a time: written as they are, a row&apos;s values made only where one is looked at alone (a merge). header → what it is read as when nobody says (recognised headers only). header → its first value, so the person can see what the column holds.</extracomment>
        <translation>هذا الصف ليس CSV صالحًا (⁨{problem}⁩)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this row has {values} values but the header has {columns} columns (a value with a comma in it needs quotes around it)</source>
        <translation>في هذا الصف ⁨{values}⁩ قيم لكن في سطر العناوين ⁨{columns}⁩ أعمدة (القيمة التي فيها فاصلة تحتاج إلى علامتي تنصيص حولها)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this row has {values} values but the header has {columns} columns</source>
        <translation>في هذا الصف ⁨{values}⁩ قيم لكن في سطر العناوين ⁨{columns}⁩ أعمدة</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>{name!r}… is too long</source>
        <translation>‏⁨{name!r}⁩… طويل جدًا</translation>
    </message>
</context>
<context>
    <name>MemberRecords</name>
    <message>
        <location filename="../../services/members/erasure.py" line="+108"/>
        <source>Member {id} was already forgotten on {day}.</source>
        <extracomment>Records merged into the member, forgotten with them. Rows about them whose personal text was blanked. Past values blanked in the change log.</extracomment>
        <translation>العضو ⁨{id}⁩ نُسي بالفعل في ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This record was merged into {other}; forget that record, which forgets this one too.</source>
        <translation>دُمج هذا السجل في ⁨{other}⁩؛ انسَ ذلك السجل، فيُنسى هذا معه.</translation>
    </message>
    <message>
        <location filename="../../services/members/merge.py" line="+65"/>
        <source>choose two different records to merge</source>
        <extracomment>Survivor fields filled from the merged record when the survivor&apos;s is empty. How many references moved, by table. Survivor fields that took the merged record&apos;s value. References changed since the merge and so left where they are now.</extracomment>
        <translation>اختر سجلين مختلفين للدمج</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{keep} and {other} are in a mentorship together, so they are two people; they were not merged.</source>
        <translation>‏⁨{keep}⁩ و⁨{other}⁩ بينهما علاقة إرشاد، فهما شخصان؛ لم يُدمجا.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{name} was not merged into anyone.</source>
        <translation>‏⁨{name}⁩ لم يُدمج في أحد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../services/members/records.py" line="+562"/>
        <source>Member {id} was forgotten at their request.</source>
        <extracomment>Separates values packed by group_concat (never typed in a name). Roles held today. Skill and interest names, as typed. Roles held on the roster&apos;s day.</extracomment>
        <translation>نُسي العضو ⁨{id}⁩ بناءً على طلبه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record {id} it was merged into is missing.</source>
        <translation>السجل ⁨{id}⁩ الذي دُمج فيه مفقود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was itself merged into {other} since; undo that merge first.</source>
        <translation>‏⁨{name}⁩ نفسه دُمج في ⁨{other}⁩ بعد ذلك؛ تراجع عن ذلك الدمج أولًا.</translation>
    </message>
    <message>
        <location filename="../../services/members/records.py" line="+6"/>
        <source>{name} was merged into {other}; to separate them again, undo the merge.</source>
        <translation>دُمج ⁨{name}⁩ في ⁨{other}⁩؛ لفصلهما من جديد، تراجع عن الدمج.</translation>
    </message>
</context>
<context>
    <name>MemberTabs</name>
    <message>
        <location filename="../../services/grants/member_tabs.py" line="+30"/>
        <source>micro-grant</source>
        <translation>منحة صغيرة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reimbursement</source>
        <translation>استرداد نفقات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/meetings/member_tabs.py" line="+61"/>
        <source>On</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>لأجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation>أين وصلت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No micro-grants or reimbursements.</source>
        <translation>لا منح صغيرة ولا استرداد نفقات.</translation>
    </message>
    <message>
        <location filename="../../services/meetings/member_tabs.py" line="-2"/>
        <source>Meetings</source>
        <extracomment>A long-standing member&apos;s tab shows their latest meetings; the attendance figures count all.</extracomment>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not marked present at any meeting yet.</source>
        <translation>لم يُسجَّل حاضرًا في أي اجتماع بعد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title} — arrived late</source>
        <translation>‏⁨{title}⁩ — وصل متأخرًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — left early</source>
        <translation>‏⁨{title}⁩ — غادر مبكرًا</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Actions</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised at</source>
        <translation>طُرحت في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owns no actions.</source>
        <translation>ليست عليه مهام.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} (overdue)</source>
        <translation>‏⁨{status}⁩ (متأخرة)</translation>
    </message>
    <message>
        <location filename="../../services/resources/member_tabs.py" line="+33"/>
        <source>deposit held</source>
        <translation>التأمين محتجز</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Has left but still has %n thing(s) borrowed: {things}. Ask for them back before they go.</source>
        <translation>
            <numerusform>غادر المجموعة لكن لا تزال لديه أشياء مستعارة: ⁨{things}⁩. اطلبها منه قبل أن يغادر.</numerusform>
            <numerusform>غادر المجموعة لكن لا يزال لديه شيء مستعار واحد: ⁨{things}⁩. اطلبه منه قبل أن يغادر.</numerusform>
            <numerusform>غادر المجموعة لكن لا يزال لديه شيئان مستعاران: ⁨{things}⁩. اطلبهما منه قبل أن يغادر.</numerusform>
            <numerusform>غادر المجموعة لكن لا تزال لديه %n أشياء مستعارة: ⁨{things}⁩. اطلبها منه قبل أن يغادر.</numerusform>
            <numerusform>غادر المجموعة لكن لا يزال لديه %n شيئًا مستعارًا: ⁨{things}⁩. اطلبها منه قبل أن يغادر.</numerusform>
            <numerusform>غادر المجموعة لكن لا يزال لديه %n شيء مستعار: ⁨{things}⁩. اطلبها منه قبل أن يغادر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Borrowed</source>
        <translation>المستعار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out since</source>
        <translation>خارج منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due back</source>
        <translation>موعد الإرجاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing borrowed at the moment.</source>
        <translation>لا شيء مستعار حاليًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} (overdue)</source>
        <translation>‏⁨{day}⁩ (متأخر)</translation>
    </message>
</context>
<context>
    <name>MemberWords</name>
    <message>
        <location filename="../../ui/words.py" line="-38"/>
        <source>active</source>
        <extracomment>A History tab&apos;s words: what was done, to which kind of record, and how it involves the one shown. Each area&apos;s stored words (tests/ui/test_words.py checks the models&apos; lists are all here).</extracomment>
        <translation>نشِط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>غير نشِط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>غادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>استمارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skill</source>
        <translation>مهارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>اهتمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/members/page.py" line="+24"/>
        <source>How many members are shown</source>
        <extracomment>And the areas with tabs on a member&apos;s detail (what they borrowed, the meetings they attended), so a loan returned elsewhere shows here. Asks before a delete or an erasure; tests pass their own answer. The member to choose when the next list arrives (one just saved elsewhere).</extracomment>
        <translation>عدد الأعضاء المعروضين</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add member</source>
        <translation>&amp;إضافة عضو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>إضافة عضو (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find d&amp;uplicates…</source>
        <translation>&amp;البحث عن المكررات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;roster…</source>
        <translation>طباعة ال&amp;قائمة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of the active members who agreed to be listed, to print or share</source>
        <translation>ملف PDF بالأعضاء النشطين الذين وافقوا على إدراجهم، للطباعة أو المشاركة</translation>
    </message>
    <message>
        <source>Search names, email, roles, skills… (Ctrl+F)</source>
        <translation type="vanished">ابحث في الأسماء والبريد والأدوار والمهارات… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="vanished">البحث في الأعضاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="vanished">أي حالة</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="vanished">نشِط</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="vanished">غير نشِط</translation>
    </message>
    <message>
        <source>left</source>
        <translation type="vanished">غادر</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">الدور</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="vanished">أي دور</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="vanished">المهارة</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="vanished">أي مهارة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="vanished">الموافقة</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation type="vanished">أي موافقة</translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation type="vanished">يمكن التواصل معه</translation>
    </message>
    <message>
        <source>photos allowed</source>
        <translation type="vanished">الصور مسموحة</translation>
    </message>
    <message>
        <source>in printed roster</source>
        <translation type="vanished">في القائمة المطبوعة</translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="vanished">الحاجة</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation type="vanished">أي حاجة</translation>
    </message>
    <message>
        <source>needs a check-in</source>
        <translation type="vanished">يحتاج إلى تواصل</translation>
    </message>
    <message>
        <source>new without a mentor</source>
        <translation type="vanished">جديد بلا مرشد</translation>
    </message>
    <message>
        <source>Sho&amp;w deleted</source>
        <translation type="vanished">إظهار ال&amp;محذوفين</translation>
    </message>
    <message>
        <source>Show deleted and forgotten records</source>
        <translation type="vanished">إظهار السجلات المحذوفة والمنسية</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="vanished">&amp;بحث</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="vanished">الأعضاء</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Why the list is empty</source>
        <extracomment>Says what is true when the list is empty, and the first thing to do.</extracomment>
        <translation>لماذا القائمة فارغة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last action</source>
        <translation>آخر إجراء</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">بحث</translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation type="vanished">تصفية حسب ⁨{what}⁩</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{shown} of {total} members shown</source>
        <translation>يُعرض ⁨{shown}⁩ من ⁨{total}⁩ عضوًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 member</source>
        <translation>عضو واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} members</source>
        <translation>⁨{total}⁩ عضوًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody is here yet. Add your first member with Add member (Ctrl+N), or bring in the list you already keep with Import… (a CSV file from a spreadsheet, Google Contacts or Outlook).</source>
        <translation>لا أحد هنا بعد. أضف أول عضو عبر إضافة عضو (Ctrl+N)، أو استورد القائمة التي لديك عبر استيراد… (ملف CSV من جدول بيانات أو Google Contacts أو Outlook).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody matches the search and filters. Clear the search or choose &apos;Any&apos; in the filters to see all {total}.</source>
        <translation>لا أحد يطابق البحث والتصفية. امسح البحث أو اختر «أي» في عوامل التصفية لرؤية الجميع (⁨{total}⁩).</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Saved {name}.</source>
        <translation>تم حفظ ⁨{name}⁩.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete {name}?</source>
        <translation>حذف ⁨{name}⁩؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} leaves the list. Their roles, check-ins and history are kept, and Show deleted → Restore brings them back.</source>
        <translation>سيخرج ⁨{name}⁩ من القائمة. تبقى أدواره ومرات التواصل وسجله، ويمكن إعادته عبر إظهار المحذوفين ← استعادة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted {name}.</source>
        <translation>تم حذف ⁨{name}⁩.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored {name}.</source>
        <translation>تمت استعادة ⁨{name}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget {name}?</source>
        <translation>نسيان ⁨{name}⁩؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their name, contact details and notes are blanked for good, here and in the history, and on the other laptops after the next sync. Counts such as attendance stay right. This cannot be undone.</source>
        <translation>يُمحى اسمه وبيانات التواصل والملاحظات نهائيًا، هنا وفي السجل، وعلى الحواسيب الأخرى بعد المزامنة التالية. تبقى الأعداد مثل الحضور صحيحة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forgot a member at their request.</source>
        <translation>تم نسيان عضو بناءً على طلبه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separated the merged records again.</source>
        <translation>تم فصل السجلات المدمجة مجددًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import members</source>
        <translation>استيراد الأعضاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported 1 member.</source>
        <translation>تم استيراد عضو واحد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} members.</source>
        <translation>تم استيراد ⁨{count}⁩ عضوًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export members</source>
        <translation>تصدير الأعضاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported 1 member to {path}.</source>
        <translation>تم تصدير عضو واحد إلى ⁨{path}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {count} members to {path}.</source>
        <translation>تم تصدير ⁨{count}⁩ عضوًا إلى ⁨{path}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../../ui/members/member_list.py" line="-151"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members/table_model.py" line="+54"/>
        <source>Name</source>
        <extracomment>(header, what it shows): the columns, in order. Positions of every row in name order (by the stored `sort_key`), made once per load. Each sorted column&apos;s key per row, made on its first sort after a load. Positions in `_rows` of the rows shown, in the order shown. Positions of every row, in the chosen sort order. Which rows the filters allow (None: no filter set). The searches typed since the rows, filters or order last changed, each narrowing the one before, with the rows each showed (first: no words, every allowed row), so that deleting a letter goes back to rows already found instead of scanning them all. Member ids by need (&quot;checkin&quot;, &quot;mentor&quot;), for the care filter.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>آخر حضور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>نشِط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>غير نشِط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>غادر</translation>
    </message>
</context>
<context>
    <name>MentorshipDialog</name>
    <message>
        <location filename="../../ui/members/care_dialogs.py" line="+88"/>
        <source>Mentoring for {name}</source>
        <translation>الإرشاد لـ ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is mentored by</source>
        <translation>يرشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentors</source>
        <translation>يرشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Whom</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>م&amp;ن تاريخ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Goals</source>
        <translation>الأ&amp;هداف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose a member from the list</source>
        <translation>اختر عضوًا من القائمة</translation>
    </message>
</context>
<context>
    <name>MicroGrantDialog</name>
    <message>
        <location filename="../../ui/grants/micro_grant_dialog.py" line="+30"/>
        <source>New micro-grant</source>
        <translation>منحة صغيرة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the application</source>
        <translation>حفظ الطلب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type part of a name</source>
        <translation>اكتب جزءًا من اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applicant</source>
        <translation>مقدّم &amp;الطلب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the member&apos;s project</source>
        <translation>مشروع العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project</source>
        <translation>الم&amp;شروع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What the money is for</source>
        <translation>&amp;ما الغرض من المال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount as&amp;ked</source>
        <translation>المبلغ الم&amp;طلوب</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the member who applies</source>
        <translation>اختر العضو مقدّم الطلب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the project a title</source>
        <translation>أعطِ المشروع عنوانًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the money is for</source>
        <translation>اذكر الغرض من المال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the amount asked</source>
        <translation>حدّد المبلغ المطلوب</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../money.py" line="+58"/>
        <source>{code!r} is not an ISO 4217 currency code (like EUR, GBP or JPY)</source>
        <extracomment>Marks that only steer the direction of text (bidi), never part of a number.</extracomment>
        <translation>⁨{code!r}⁩ ليس رمز عملة ISO 4217 (مثل EUR أو GBP أو JPY)</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>enter an amount, like {example}</source>
        <translation>أدخل مبلغًا، مثل ⁨{example}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{typed!r} is not an amount; write it like {example}</source>
        <translation>⁨{typed!r}⁩ ليس مبلغًا؛ اكتبه مثل ⁨{example}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{typed!r} is not an amount (did you mean {guesses}?); write it like {example}</source>
        <translation>⁨{typed!r}⁩ ليس مبلغًا (هل تقصد ⁨{guesses}⁩؟)؛ اكتبه مثل ⁨{example}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{currency} amounts have at most {places} decimal places; write it like {example}</source>
        <translation>مبالغ ⁨{currency}⁩ لها ⁨{places}⁩ منازل عشرية على الأكثر؛ اكتبه مثل ⁨{example}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{currency} amounts have no decimal places; write it like {example}</source>
        <translation>مبالغ ⁨{currency}⁩ بلا منازل عشرية؛ اكتبه مثل ⁨{example}⁩</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../ui/grants/payment_dialogs.py" line="+52"/>
        <source>&amp;Amount ({currency})</source>
        <translation>ال&amp;مبلغ (⁨{currency}⁩)</translation>
    </message>
</context>
<context>
    <name>MoveBox</name>
    <message>
        <location filename="../../ui/grants/move_box.py" line="+50"/>
        <source>Move &amp;to</source>
        <extracomment>The step just made.</extracomment>
        <translation>نقل &amp;إلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the funder&apos;s letter says</source>
        <translation>كما ورد في رسالة الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount a&amp;warded</source>
        <translation>المبلغ المم&amp;نوح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decided by</source>
        <extracomment>Who decides a micro-grant (never its applicant: the service says so beside it).</extracomment>
        <translation>قرّر&amp;ه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the grant</source>
        <translation>نقل المنحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move result</source>
        <translation>نتيجة النقل</translation>
    </message>
    <message>
        <source>A grant that is {state} can move only to {allowed}.</source>
        <translation type="vanished">المنحة التي حالتها ⁨{state}⁩ لا تنتقل إلا إلى ⁨{allowed}⁩.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="vanished"> أو </translation>
    </message>
    <message>
        <source>A grant that is {state} can move no further.</source>
        <translation type="vanished">المنحة التي حالتها ⁨{state}⁩ لا تنتقل أبعد من ذلك.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>say how much was awarded</source>
        <translation>اذكر المبلغ الممنوح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say who decided</source>
        <translation>اذكر من قرّر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a grant</source>
        <translation>اختر منحة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moved the grant from {state} to {target}.</source>
        <translation>نُقلت المنحة من ⁨{state}⁩ إلى ⁨{target}⁩.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Moved to {state}.</source>
        <translation>نُقلت إلى ⁨{state}⁩.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/resources/row_dialogs.py" line="+65"/>
        <source>Move the reservation of {item} for {who}</source>
        <translation>نقل حجز ⁨{item}⁩ لـ ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (the last day)</source>
        <translation>إ&amp;لى (اليوم الأخير)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last day is before the first, {day}.</source>
        <translation>اليوم الأخير قبل الأول، ⁨{day}⁩.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../ui/ops.py" line="+194"/>
        <location line="+1"/>
        <source>Cancel</source>
        <extracomment>The text as the work wrote it: a service&apos;s `Message` must arrive whole to be said in the reader&apos;s language (a `str` signal would hand on only its English). Ops still running, kept alive until they finish (a dropped Op would lose its callbacks). What the callback returns is ignored (a callback may start the next Op).</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Could not finish</source>
        <extracomment>The newest read per (parent, key); an answer from any other is stale and dropped.</extracomment>
        <translation>تعذّر الإكمال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GroupDesk hit a problem it did not expect. Nothing was changed by the step that failed. Please copy the details and send them to whoever helps with your computer.</source>
        <translation>واجه GroupDesk مشكلة غير متوقعة. لم تغيّر الخطوة التي فشلت أي شيء. يُرجى نسخ التفاصيل وإرسالها إلى من يساعدك في حاسوبك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/grants/report_dialogs.py" line="+162"/>
        <source>Add an outcome indicator</source>
        <translation>إضافة مؤشر نتيجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Save the outcome indicator</source>
        <translation>حفظ مؤشر النتيجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the outcome indicator</source>
        <translation>تعديل مؤشر النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trees planted, people trained…</source>
        <translation>أشجار مزروعة، أشخاص مدرَّبون…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if the funder set one</source>
        <translation>إن حددته الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target</source>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trees, people, sessions…</source>
        <translation>أشجار، أشخاص، جلسات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>&amp;الوحدة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name the outcome</source>
        <translation>سمِّ النتيجة</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/grants/overview_tab.py" line="+31"/>
        <source>Grant</source>
        <extracomment>Edit was pressed (the page opens the dialog). Funders… was pressed (the page opens the funders list).</extracomment>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Funder</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Requested</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded</source>
        <translation>الممنوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application deadline</source>
        <translation>آخر موعد للتقديم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant period</source>
        <translation>فترة المنحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder&apos;s reference</source>
        <translation>مرجع الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrictions</source>
        <translation>القيود</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the grant</source>
        <translation>تعديل المنحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Funders…</source>
        <translation>الجهات الم&amp;انحة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funders: add or edit one</source>
        <translation>الجهات المانحة: أضف واحدة أو عدّلها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funder report…</source>
        <translation>تقرير الجهة المانحة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder report</source>
        <translation>تقرير الجهة المانحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget against actual, payments, expenses and outcomes, to print or send</source>
        <translation>الميزانية مقابل الفعلي، والدفعات، والمصروفات، والنتائج، للطباعة أو الإرسال</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a grant in the list.</source>
        <translation>اختر منحة من القائمة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Applicant</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <translation>من ⁨{start}⁩ إلى ⁨{end}⁩</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ui/pages/base.py" line="+50"/>
        <source>Loading…</source>
        <extracomment>The page&apos;s sidebar name, translated in the &quot;Sidebar&quot; context (the registry marks it). Two sentences: what the page is for and its first steps, marked with `QT_TRANSLATE_NOOP(&quot;Guide&quot;, …)` so lupdate collects it. Shown while a read is on its way; each page places it near its heading.</extracomment>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About this page</source>
        <translation>عن هذه الصفحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this page (F1)</source>
        <translation>عن هذه الصفحة (F1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About this page: {page}</source>
        <translation>عن هذه الصفحة: ⁨{page}⁩</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../ui/resources/item_dialog.py" line="+52"/>
        <source>Parts of {kit}</source>
        <translation>أجزاء ⁨{kit}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{part} (in the kit)</source>
        <translation>‏⁨{part}⁩ (في الطقم)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Part</source>
        <translation>ال&amp;جزء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0: take it out of the kit</source>
        <translation>0: إخراجه من الطقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;many in the kit</source>
        <translation>&amp;كم منه في الطقم</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>choose an item from the list</source>
        <translation>اختر غرضًا من القائمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say how many of it the kit holds</source>
        <translation>حدّد كم منه في الطقم</translation>
    </message>
</context>
<context>
    <name>Passphrases</name>
    <message>
        <location filename="../../services/sync/crypto.py" line="+299"/>
        <source>straight rows of keys are easy to guess</source>
        <extracomment>zxcvbn&apos;s reasons (its `feedback.warning`, a fixed set of English sentences) as a clause of the refusal, marked so that a screen says them in its language; the English is zxcvbn&apos;s.</extracomment>
        <translation>صفوف المفاتيح المتتالية سهلة التخمين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short keyboard patterns are easy to guess</source>
        <translation>الأنماط القصيرة على لوحة المفاتيح سهلة التخمين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats like &quot;aaa&quot; are easy to guess</source>
        <translation>التكرار مثل «aaa» سهل التخمين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;</source>
        <translation>التكرار مثل «abcabcabc» أصعب قليلًا فقط في التخمين من «abc»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess</source>
        <translation>المتتاليات مثل «abc» أو «6543» سهلة التخمين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recent years are easy to guess</source>
        <translation>السنوات الأخيرة سهلة التخمين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dates are often easy to guess</source>
        <translation>التواريخ سهلة التخمين في الغالب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a top-10 common password</source>
        <translation>هذه واحدة من أكثر 10 كلمات مرور شيوعًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a top-100 common password</source>
        <translation>هذه واحدة من أكثر 100 كلمة مرور شيوعًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a very common password</source>
        <translation>هذه كلمة مرور شائعة جدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is similar to a commonly used password</source>
        <translation>هذه تشبه كلمة مرور شائعة الاستخدام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a word by itself is easy to guess</source>
        <translation>الكلمة الواحدة وحدها سهلة التخمين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names and surnames by themselves are easy to guess</source>
        <translation>الأسماء وأسماء العائلة وحدها سهلة التخمين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>common names and surnames are easy to guess</source>
        <translation>الأسماء وأسماء العائلة الشائعة سهلة التخمين</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/grants/payment_dialogs.py" line="+26"/>
        <source>Record a payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Save the payment</source>
        <translation>حفظ الدفعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the payment</source>
        <translation>تعديل الدفعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received from the funder</source>
        <translation>مستلمة من الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid out</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received or paid</source>
        <translation>مست&amp;لمة أو مدفوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank transfer, cheque, cash…</source>
        <translation>تحويل بنكي، شيك، نقدًا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>ال&amp;طريقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ference</source>
        <translation>الم&amp;رجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tranche</source>
        <translation>بلا دفعة مجزأة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brings in &amp;tranche</source>
        <translation>تُدخل الدفعة الم&amp;جزأة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as recorded; remove the payment if it went the other way</source>
        <translation>تبقى كما سُجّلت؛ احذف الدفعة إن كانت في الاتجاه الآخر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{amount} expected {day} ({status})</source>
        <translation>‏⁨{amount}⁩ متوقعة في ⁨{day}⁩ (⁨{status}⁩)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the day of the payment</source>
        <translation>حدّد يوم الدفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the amount</source>
        <translation>حدّد المبلغ</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../ui/grants/payments_tab.py" line="+37"/>
        <source>Payments recei&amp;ved and made:</source>
        <extracomment>Record a payment / add a tranche to this grant (the page opens the dialog).</extracomment>
        <translation>الدفعات المستلمة &amp;والمدفوعة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In or out</source>
        <translation>وارد أو صادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tranches:</source>
        <translation>&amp;الدفعات المجزأة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a pay&amp;ment…</source>
        <translation>&amp;تسجيل دفعة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit payment…</source>
        <translation>ت&amp;عديل الدفعة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen payment</source>
        <translation>تعديل الدفعة المختارة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete payment</source>
        <translation>&amp;حذف الدفعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen payment</source>
        <translation>حذف الدفعة المختارة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a tr&amp;anche…</source>
        <translation>إضافة د&amp;فعة مجزأة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a tranche</source>
        <translation>إضافة دفعة مجزأة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ed&amp;it tranche…</source>
        <translation>تعد&amp;يل الدفعة المجزأة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen tranche</source>
        <translation>تعديل الدفعة المجزأة المختارة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete tranche</source>
        <translation>حذف الدفعة المجز&amp;أة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen tranche</source>
        <translation>حذف الدفعة المجزأة المختارة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a payment in the list</source>
        <translation>اختر دفعة من القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a tranche in the list</source>
        <translation>اختر دفعة مجزأة من القائمة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Delete the payment of {amount} on {day}?</source>
        <translation>حذف دفعة ⁨{amount}⁩ بتاريخ ⁨{day}⁩؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the payment of {amount} on {day}.</source>
        <translation>حُذفت دفعة ⁨{amount}⁩ بتاريخ ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the tranche of {amount}?</source>
        <translation>حذف الدفعة المجزأة بمبلغ ⁨{amount}⁩؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the tranche of {amount}.</source>
        <translation>حُذفت الدفعة المجزأة بمبلغ ⁨{amount}⁩.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paid out</source>
        <translation>مدفوعة</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/reports/preview.py" line="+47"/>
        <source>◀ Pre&amp;vious page</source>
        <extracomment>The most dots an inch a page is rendered at for the printer. Room the scroll area keeps for its frame and vertical scroll bar.</extracomment>
        <translation>▶ الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pa&amp;ge ▶</source>
        <translation>&amp;الصفحة التالية ◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page shown</source>
        <translation>الصفحة المعروضة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview of the report</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No report made yet.</source>
        <translation>لم يُنشأ تقرير بعد.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page {number} of {total} of the report</source>
        <translation>الصفحة ⁨{number}⁩ من ⁨{total}⁩ من التقرير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {number} of {total}</source>
        <translation>الصفحة ⁨{number}⁩ من ⁨{total}⁩</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/resources/photo_strip.py" line="+32"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>الصور (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Photos</source>
        <extracomment>Picture files to add to the item shown (chosen or dropped). The id of the photo to remove. Asks for picture files; tests pass their own answer.</extracomment>
        <translation>الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop JPEG or PNG pictures here to add them</source>
        <translation>أفلت صور JPEG أو PNG هنا لإضافتها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add p&amp;hoto…</source>
        <translation>إضافة &amp;صورة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>إضافة صورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve photo</source>
        <translation>إ&amp;زالة الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen photo</source>
        <translation>إزالة الصورة المختارة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the photo was not added</source>
        <translation>سبب عدم إضافة الصورة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Photo {number} of {item}: {file}</source>
        <translation>الصورة ⁨{number}⁩ من ⁨{item}⁩: ⁨{file}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(photo not here yet)</source>
        <translation>(الصورة ليست هنا بعد)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a photo first</source>
        <translation>اختر صورة أولًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add photos of {item}</source>
        <translation>إضافة صور لـ ⁨{item}⁩</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../services/resources/photos.py" line="+100"/>
        <source>The photos of this item changed (on another laptop, or in another window); look at them again and put them in order.</source>
        <extracomment>The name the picture had when it was added, for display only.</extracomment>
        <translation>تغيّرت صور هذا الغرض (على حاسوب آخر أو في نافذة أخرى)؛ انظر إليها من جديد ورتّبها.</translation>
    </message>
    <message>
        <location filename="../../services/thumbnails.py" line="+79"/>
        <source>{source} is not a file.</source>
        <extracomment>A 48-megapixel phone photo is 10–20 MB; a bigger file is a scan or a RAW export nobody needs to see at full size beside a loan or a receipt. Larger pictures are refused before decoding: a small file can claim a vast size (a &quot;decompression bomb&quot;) and take the laptop&apos;s memory with it. The detail pane&apos;s picture; lists ask for smaller ones.</extracomment>
        <translation>‏⁨{source}⁩ ليس ملفًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” is not a JPEG or PNG picture.</source>
        <translation>«⁨{name}⁩» ليست صورة JPEG أو PNG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is {size} MB; a picture can be at most {most} MB. Save a smaller copy (phones can share a photo at a smaller size) and attach that.</source>
        <translation>حجم «⁨{name}⁩» ⁨{size}⁩ ميغابايت؛ أقصى حجم للصورة ⁨{most}⁩ ميغابايت. احفظ نسخة أصغر (تستطيع الهواتف مشاركة الصورة بحجم أصغر) وأرفقها.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>That picture is no longer attached.</source>
        <translation>تلك الصورة لم تعد مرفقة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is not a picture, so it has no thumbnail.</source>
        <translation>«⁨{name}⁩» ليست صورة، فلا صورة مصغّرة لها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The picture “{name}” has not arrived on this laptop yet; it shows after the next sync that brings it.</source>
        <translation>الصورة «⁨{name}⁩» لم تصل إلى هذا الحاسوب بعد؛ تظهر بعد المزامنة التي تجلبها.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{name}” could not be read as a picture: it may be damaged, or not really a JPEG or PNG. Attach it again, saved as a JPEG or PNG.</source>
        <translation>تعذّرت قراءة «⁨{name}⁩» كصورة: قد تكون تالفة، أو ليست JPEG أو PNG حقًا. أرفقها مرة أخرى محفوظة بصيغة JPEG أو PNG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a picture can have at most {most} megapixels. Save a smaller copy and attach that.</source>
        <translation>أقصى ما يمكن أن تحويه الصورة ⁨{most}⁩ ميغابكسل. احفظ نسخة أصغر وأرفقها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is far too large; {why}</source>
        <translation>«⁨{name}⁩» كبيرة جدًا؛ ⁨{why}⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{name}” is {width} × {height} pixels; {why}</source>
        <translation>أبعاد «⁨{name}⁩» ⁨{width} × {height}⁩ بكسل؛ ⁨{why}⁩</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/resources/upkeep_dialogs.py" line="+97"/>
        <source>Plan upkeep of {item}</source>
        <translation>تخطيط صيانة ⁨{item}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service, safety check…</source>
        <translation>صيانة دورية، فحص سلامة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every &amp;months</source>
        <translation>كل كم &amp;شهرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After &amp;loans</source>
        <translation>بعد كم إ&amp;عارة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/grants/report_dialogs.py" line="+18"/>
        <source>Progress on {outcome}</source>
        <translation>التقدم في ⁨{outcome}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the progress</source>
        <translation>حفظ التقدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Achieved</source>
        <translation>الم&amp;نجز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say how many</source>
        <translation>اذكر العدد</translation>
    </message>
</context>
<context>
    <name>ReimbursementsTab</name>
    <message>
        <location filename="../../ui/grants/claims_tab.py" line="-152"/>
        <source>&amp;Members paid out of pocket:</source>
        <translation>&amp;أعضاء دفعوا من جيوبهم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed</source>
        <translation>تاريخ المطالبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>المُطالِب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What for</source>
        <translation>لأي غرض</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Decided by</source>
        <translation>قرّر&amp;ه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only to refuse it</source>
        <translation>للرفض فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it is refused</source>
        <translation>سبب &amp;الرفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>ا&amp;عتماد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse</source>
        <translation>ر&amp;فض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark paid &amp;today</source>
        <translation>تعليمها مدفوعة ال&amp;يوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve the chosen claim</source>
        <translation>اعتماد المطالبة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the chosen claim</source>
        <translation>رفض المطالبة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen claim paid today</source>
        <translation>تعليم المطالبة المختارة مدفوعة اليوم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim result</source>
        <translation>نتيجة المطالبة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a claim in the list</source>
        <translation>اختر مطالبة من القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who decides</source>
        <translation>اذكر من يقرّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a claim not yet decided</source>
        <translation>المطالبة التي لم يُقرَّر فيها بعد فقط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an approved claim is paid</source>
        <translation>لا تُدفع إلا مطالبة معتمدة</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name}&apos;s claim is now {state}.</source>
        <translation>أصبحت مطالبة ⁨{name}⁩ الآن ⁨{state}⁩.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/grants/report_dialogs.py" line="-188"/>
        <source>Add a report due</source>
        <translation>إضافة تقرير مستحق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report due</source>
        <translation>حفظ التقرير المستحق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the report</source>
        <translation>تعديل التقرير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interim report</source>
        <translation>تقرير مرحلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>تقرير نهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due on</source>
        <translation>مستحق &amp;في</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sen&amp;t on</source>
        <extracomment>The days of the steps the report has taken (editing one sent or accepted).</extracomment>
        <translation>أُ&amp;رسل في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted &amp;on</source>
        <translation>قُبل &amp;في</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the day it is due</source>
        <translation>حدّد يوم استحقاقه</translation>
    </message>
</context>
<context>
    <name>ReportProgress</name>
    <message>
        <location filename="../../reports/agenda.py" line="+80"/>
        <source>Laying out the agenda…</source>
        <extracomment>The narrow columns, in points: the item&apos;s number, its times, a date.</extracomment>
        <translation>جارٍ تنسيق جدول الأعمال…</translation>
    </message>
    <message>
        <location filename="../../reports/annual.py" line="+130"/>
        <source>Reading the members…</source>
        <extracomment>A decision&apos;s outcome as the minutes word it. The financial year&apos;s first and last day (ISO 8601). The currencies money moved in, by code (each totalled on its own).</extracomment>
        <translation>جارٍ قراءة الأعضاء…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the meetings…</source>
        <translation>جارٍ قراءة الاجتماعات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the loans…</source>
        <translation>جارٍ قراءة الإعارات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reports/grants_overview.py" line="+106"/>
        <source>Reading the grants…</source>
        <extracomment>Each direction&apos;s section: its heading, the other party, its amounts&apos; names, its states in order. A micro-grant&apos;s &quot;spent&quot; is what the group paid the member (`figures`). As wide as &quot;30 Sept 2026&quot; in en_GB with the cell&apos;s padding (66 broke it as &quot;202 / 6&quot;). Narrower than the funder report&apos;s: six columns share the page here. The grant&apos;s share of the two text columns (the rest is its funder or applicant). The currencies the grants are in, by code (each totalled on its own).</extracomment>
        <translation>جارٍ قراءة المنح…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laying out the annual report…</source>
        <translation>جارٍ تنسيق التقرير السنوي…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing the annual report…</source>
        <translation>جارٍ كتابة التقرير السنوي…</translation>
    </message>
    <message>
        <location filename="../../reports/funder.py" line="+142"/>
        <source>Reading the expenses…</source>
        <extracomment>Columns of amounts and dates, in points. The smallest size an amount is shrunk to, to stay on one line. The CSV of budget against actual written beside the PDF.</extracomment>
        <translation>جارٍ قراءة المصروفات…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laying out the funder report…</source>
        <translation>جارٍ تنسيق تقرير الجهة المانحة…</translation>
    </message>
    <message>
        <location filename="../../reports/inventory.py" line="+95"/>
        <source>Reading the items and loans…</source>
        <extracomment>Columns holding a day or an amount, in points: as wide as &quot;30 Nov 2026&quot; or &quot;£12,345.00&quot;. As wide as &quot;10,000&quot; with the cell&apos;s padding (34 broke &quot;1,500&quot; as &quot;1,50&quot; over &quot;0&quot;). Overdue loans: this colour, and the word &quot;overdue&quot; in the row (a grey printer loses colour).</extracomment>
        <translation>جارٍ قراءة الأغراض والإعارات…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Laying out the inventory…</source>
        <translation>جارٍ تنسيق قائمة الجرد…</translation>
    </message>
    <message>
        <location filename="../../reports/minutes.py" line="+92"/>
        <source>Laying out the minutes…</source>
        <extracomment>The counts a decision can have, as the minutes name them.</extracomment>
        <translation>جارٍ تنسيق المحضر…</translation>
    </message>
    <message>
        <location filename="../../reports/roster.py" line="+106"/>
        <source>Laying out the roster…</source>
        <extracomment>How the width left over, once every entry fits, is shared: name, roles. The share of a column&apos;s entries a width is tried at, when not everything fits. A sentence per member whose entry has a character no font has (printed as REPLACEMENT).</extracomment>
        <translation>جارٍ تنسيق قائمة الأعضاء…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../reports/signin.py" line="+109"/>
        <source>Laying out the sign-in sheet…</source>
        <extracomment>In points: room for a signature, and the photo column (&quot;no photos&quot;).</extracomment>
        <translation>جارٍ تنسيق ورقة الحضور…</translation>
    </message>
</context>
<context>
    <name>ReportStepDialog</name>
    <message>
        <location filename="../../ui/grants/report_dialogs.py" line="+21"/>
        <source>Mark the {kind} report sent</source>
        <translation>تعليم التقرير ⁨{kind}⁩ مرسلًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the {kind} report accepted</source>
        <translation>تعليم التقرير ⁨{kind}⁩ مقبولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the day</source>
        <translation>حفظ اليوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sen&amp;t on</source>
        <translation>أُ&amp;رسل في</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accepted on</source>
        <translation>&amp;قُبل في</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the day</source>
        <translation>حدّد اليوم</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../core_areas.py" line="+52"/>
        <source>Annual report</source>
        <translation>التقرير السنوي</translation>
    </message>
    <message>
        <location filename="../../services/grants/area.py" line="+27"/>
        <source>Funder report of a grant: budget against actual, payments, expenses, outcomes</source>
        <translation>تقرير منحة للجهة المانحة: الميزانية مقابل الفعلي، الدفعات، المصروفات، النتائج</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grants overview: every grant by state, totals per currency, deadlines ahead</source>
        <translation>نظرة عامة على المنح: كل منحة حسب حالتها، المجاميع لكل عملة، المواعيد القادمة</translation>
    </message>
    <message>
        <location filename="../../services/meetings/area.py" line="+25"/>
        <source>Agenda of a meeting</source>
        <translation>جدول أعمال اجتماع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda, the chair&apos;s copy: private items and timings</source>
        <translation>جدول الأعمال، نسخة رئيس الجلسة: البنود الخاصة والتوقيتات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in sheet for the door</source>
        <translation>ورقة الحضور عند الباب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes of a meeting</source>
        <translation>محضر اجتماع</translation>
    </message>
    <message>
        <location filename="../../services/members/area.py" line="+24"/>
        <source>Membership roster: active members who agreed to be listed</source>
        <translation>قائمة الأعضاء: الأعضاء النشطون الذين وافقوا على إدراجهم</translation>
    </message>
    <message>
        <location filename="../../services/resources/area.py" line="+34"/>
        <source>Resource inventory and loans: items and their value, loans out, upkeep, deposits</source>
        <translation>جرد الموارد والإعارات: الأغراض وقيمتها، الإعارات الخارجة، الصيانة، التأمينات</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="+32"/>
        <source>Report</source>
        <extracomment>The subjects come from meetings and grants; the paper from the settings. Asks where to save a copy; tests pass their own answer. The report just made (in the data folder), and where the user last saved a copy. The subject to choose when the choices arrive (asked for by another page).</extracomment>
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the report holds</source>
        <translation>ما يحتويه التقرير</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to choose</source>
        <extracomment>Said when there is nothing to choose: where to add one.</extracomment>
        <translation>لا شيء للاختيار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: what you want the reader to know, in your own words.</source>
        <extracomment>The group&apos;s own words, for the reports that print them (funder, annual).</extracomment>
        <translation>اختياري: ما تريد أن يعرفه القارئ، بكلماتك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In our words</source>
        <translation>بكلماتنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In our &amp;words:</source>
        <translation>ب&amp;كلماتنا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ke report</source>
        <translation>إ&amp;نشاء التقرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make report</source>
        <translation>إنشاء التقرير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a report and press Make report (Ctrl+Enter); its pages show here.</source>
        <translation>اختر تقريرًا واضغط «إنشاء التقرير» (Ctrl+Enter)؛ تظهر صفحاته هنا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last result</source>
        <translation>آخر نتيجة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report:</source>
        <translation>ال&amp;تقرير:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pr&amp;int…</source>
        <translation>ط&amp;باعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>ح&amp;فظ باسم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;folder</source>
        <translation>فتح الم&amp;جلد</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>As in Settings ({paper})</source>
        <translation>كما في الإعدادات (⁨{paper}⁩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose what the report is for first</source>
        <translation>اختر موضوع التقرير أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a report first</source>
        <translation>أنشئ تقريرًا أولًا</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Making the report…</source>
        <translation>جارٍ إنشاء التقرير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making {report}…</source>
        <translation>جارٍ إنشاء ⁨{report}⁩…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The report could not be made.</source>
        <translation>تعذّر إنشاء التقرير.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved a copy to {path}.</source>
        <translation>حُفظت نسخة في ⁨{path}⁩.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent 1 page to the printer.</source>
        <translation>أُرسلت صفحة واحدة إلى الطابعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>أُرسلت صفحات إلى الطابعة: ⁨{pages}⁩.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/grants/reports_tab.py" line="+40"/>
        <source>Reports &amp;due to the funder:</source>
        <extracomment>Add a report due / an outcome indicator to this grant (the page opens the dialog). Record progress on this outcome (the page opens the dialog).</extracomment>
        <translation>التقارير المست&amp;حقة للجهة المانحة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcomes and &amp;targets:</source>
        <translation>النتائج والأ&amp;هداف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>المُنجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest entry</source>
        <translation>آخر قيد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a report…</source>
        <translation>إ&amp;ضافة تقرير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a report due</source>
        <translation>إضافة تقرير مستحق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mar&amp;k sent…</source>
        <translation>تعليمه مرسلً&amp;ا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen report sent, on a day</source>
        <translation>تعليم التقرير المختار مرسلًا، في يوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark a&amp;ccepted…</source>
        <translation>تعليمه مقب&amp;ولًا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen report accepted, on a day</source>
        <translation>تعليم التقرير المختار مقبولًا، في يوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit report…</source>
        <translation>ت&amp;عديل التقرير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen report</source>
        <translation>تعديل التقرير المختار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete report</source>
        <translation>ح&amp;ذف التقرير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen report</source>
        <translation>حذف التقرير المختار</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an outcome &amp;indicator…</source>
        <translation>إضافة م&amp;ؤشر نتيجة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an outcome indicator</source>
        <translation>إضافة مؤشر نتيجة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record pro&amp;gress…</source>
        <translation>&amp;تسجيل تقدم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record progress on the chosen outcome</source>
        <translation>تسجيل التقدم في النتيجة المختارة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit outco&amp;me…</source>
        <translation>تعد&amp;يل النتيجة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen outcome</source>
        <translation>تعديل النتيجة المختارة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remo&amp;ve outcome</source>
        <translation>إ&amp;زالة النتيجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen outcome</source>
        <translation>حذف النتيجة المختارة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a report in the list</source>
        <translation>اختر تقريرًا من القائمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already sent</source>
        <translation>أُرسل بالفعل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a report sent is accepted</source>
        <translation>لا يُقبل إلا تقرير مُرسل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an outcome in the list</source>
        <translation>اختر نتيجة من القائمة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The {kind} report is now {state}.</source>
        <translation>أصبح التقرير ⁨{kind}⁩ الآن ⁨{state}⁩.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the {kind} report due {day}?</source>
        <translation>حذف التقرير ⁨{kind}⁩ المستحق في ⁨{day}⁩؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the {kind} report due {day}.</source>
        <translation>حُذف التقرير ⁨{kind}⁩ المستحق في ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the outcome “{name}” and its entries?</source>
        <translation>حذف النتيجة «⁨{name}⁩» وقيودها؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the outcome “{name}” and its entries.</source>
        <translation>حُذفت النتيجة «⁨{name}⁩» وقيودها.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>accepted on {day}</source>
        <translation>قُبل في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent on {day}</source>
        <translation>أُرسل في ⁨{day}⁩</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/resources/reserve_dialog.py" line="+34"/>
        <source>Reserve {item}</source>
        <translation>حجز ⁨{item}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;whom</source>
        <translation>لمَ&amp;ن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no meeting)</source>
        <translation>(بلا اجتماع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a meetin&amp;g</source>
        <translation>لا&amp;جتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (the last day)</source>
        <translation>إ&amp;لى (اليوم الأخير)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The last day is before the first, {day}.</source>
        <translation>اليوم الأخير قبل الأول، ⁨{day}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose who it is for from the list, or a meeting</source>
        <translation>اختر من القائمة لمن هو، أو اجتماعًا</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../ui/resources/resource_dialog.py" line="+151"/>
        <source>give the day</source>
        <extracomment>Each picker, the member to choose in it, and that member&apos;s name (or &quot;&quot;). A kit&apos;s parts on the checklist, (part id, its tick); empty for an item that is no kit.</extracomment>
        <translation>حدّد اليوم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of {count}</source>
        <translation> من ⁨{count}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many</source>
        <translation>&amp;كم العدد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are only {count} of {item} in all.</source>
        <translation>لا يوجد من ⁨{item}⁩ إلا ⁨{count}⁩ في المجموع.</translation>
    </message>
</context>
<context>
    <name>ResourceRules</name>
    <message>
        <location filename="../../services/resources/records.py" line="+118"/>
        <source>Give the item a name.</source>
        <extracomment>What the list can be narrowed to, beside kind and words. &quot;Bought with&quot; as a reader sees it: the grant&apos;s title and its expense, if one is set.</extracomment>
        <translation>أعطِ الغرض اسمًا.</translation>
    </message>
    <message>
        <source>Keep it under {count} characters.</source>
        <translation type="vanished">اجعله أقل من ⁨{count}⁩ حرفًا.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep it under %n characters.</source>
        <translation>
            <numerusform>اجعله أقل من %n حرف.</numerusform>
            <numerusform>اجعله أقل من حرف واحد.</numerusform>
            <numerusform>اجعله أقل من حرفين.</numerusform>
            <numerusform>اجعله أقل من %n أحرف.</numerusform>
            <numerusform>اجعله أقل من %n حرفًا.</numerusform>
            <numerusform>اجعله أقل من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a whole number from {least} up.</source>
        <translation>أدخل عددًا صحيحًا من ⁨{least}⁩ فأكثر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give an amount of money.</source>
        <translation>أدخل مبلغًا من المال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be below zero.</source>
        <translation>لا يمكن أن يكون المبلغ أقل من صفر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the amount in {currency}, the group&apos;s currency.</source>
        <translation>أدخل المبلغ بعملة ⁨{currency}⁩، عملة المجموعة.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no such grant.</source>
        <translation>لا توجد منحة كهذه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no such expense.</source>
        <translation>لا يوجد مصروف كهذا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That expense is not one of this grant&apos;s; choose one of its own.</source>
        <translation>ذلك المصروف ليس من مصروفات هذه المنحة؛ اختر واحدًا من مصروفاتها.</translation>
    </message>
    <message>
        <location filename="../../services/resources/reservations.py" line="+141"/>
        <source>Say who it is for: a member, or a meeting.</source>
        <extracomment>The member&apos;s name, or the meeting&apos;s title for a booking made for a meeting.</extracomment>
        <translation>اذكر لمن هو: عضو أو اجتماع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserve at least one.</source>
        <translation>احجز واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That reservation is {status} already.</source>
        <translation>ذلك الحجز ⁨{status}⁩ بالفعل.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>That reservation ended on {day}; lend the item instead.</source>
        <translation>انتهى ذلك الحجز في ⁨{day}⁩؛ أعِر الغرض بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say who takes it: this booking is for a meeting.</source>
        <translation>اذكر من يأخذه: هذا الحجز لاجتماع.</translation>
    </message>
    <message>
        <location filename="../../services/resources/kits.py" line="+90"/>
        <source>a whole number from 1 up</source>
        <extracomment>How many of the part one kit holds (speaker ×2).</extracomment>
        <translation>عدد صحيح من 1 فأكثر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{part} cannot be a part of {kit}: it holds {kit} itself.</source>
        <translation>لا يمكن أن يكون ⁨{part}⁩ جزءًا من ⁨{kit}⁩: فهو يحتوي ⁨{kit}⁩ نفسه.</translation>
    </message>
    <message>
        <source>the group has {have} of {part}, so a kit cannot hold {count}</source>
        <translation type="vanished">لدى المجموعة ⁨{have}⁩ من ⁨{part}⁩، فلا يمكن أن يحتوي الطقم على ⁨{count}⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the group has %n of {part}, so a kit cannot hold {count}</source>
        <translation>
            <numerusform>ليس لدى المجموعة شيء من ⁨{part}⁩، فلا يمكن أن يحتوي الطقم على ⁨{count}⁩</numerusform>
            <numerusform>لدى المجموعة واحد من ⁨{part}⁩، فلا يمكن أن يحتوي الطقم على ⁨{count}⁩</numerusform>
            <numerusform>لدى المجموعة اثنان من ⁨{part}⁩، فلا يمكن أن يحتوي الطقم على ⁨{count}⁩</numerusform>
            <numerusform>لدى المجموعة %n من ⁨{part}⁩، فلا يمكن أن يحتوي الطقم على ⁨{count}⁩</numerusform>
            <numerusform>لدى المجموعة %n من ⁨{part}⁩، فلا يمكن أن يحتوي الطقم على ⁨{count}⁩</numerusform>
            <numerusform>لدى المجموعة %n من ⁨{part}⁩، فلا يمكن أن يحتوي الطقم على ⁨{count}⁩</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>that item is not a part of this kit</source>
        <translation>ذلك الغرض ليس جزءًا من هذا الطقم</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{kit} has no parts; lend it as an item.</source>
        <extracomment>The part&apos;s own loan; None when it stayed home at check-out.</extracomment>
        <translation>ليس لـ ⁨{kit}⁩ أجزاء؛ أعِره غرضًا عاديًا.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tick only the parts of {item}.</source>
        <translation>علّم أجزاء ⁨{item}⁩ فقط.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Tick only parts that went out with this loan.</source>
        <translation>علّم فقط الأجزاء التي خرجت مع هذه الإعارة.</translation>
    </message>
    <message>
        <location filename="../../services/resources/upkeep.py" line="+34"/>
        <source>{item} is out of service ({note}); it cannot be lent until it is back in order.</source>
        <translation>⁨{item}⁩ خارج الخدمة (⁨{note}⁩)؛ لا يمكن إعارته حتى يعود صالحًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is out of service; it cannot be lent until it is back in order.</source>
        <translation>⁨{item}⁩ خارج الخدمة؛ لا يمكن إعارته حتى يعود صالحًا.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>say what was done</source>
        <translation>اذكر ما الذي أُنجز</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a cost cannot be below zero</source>
        <translation>لا يمكن أن تكون التكلفة أقل من صفر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>upkeep is logged once it is done, not ahead</source>
        <translation>تُسجَّل الصيانة بعد إنجازها، لا قبله</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>that upkeep plan is for another item</source>
        <translation>خطة الصيانة تلك لغرض آخر</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>say every how many months, or after how many loans</source>
        <translation>اذكر كل كم شهرًا، أو بعد كم إعارة</translation>
    </message>
    <message>
        <location filename="../../services/resources/fees.py" line="+122"/>
        <source>The late fee on this loan of {item} was already waived by {who}.</source>
        <extracomment>What the days late come to, capped at the item&apos;s value; None when the item has no fee. The amount recorded when the item came back (`charge_late_fee`).</extracomment>
        <translation>أعفى ⁨{who}⁩ بالفعل من رسوم التأخير على إعارة ⁨{item}⁩ هذه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This loan of {item} has no late fee to waive.</source>
        <translation>لا رسوم تأخير للإعفاء منها على إعارة ⁨{item}⁩ هذه.</translation>
    </message>
</context>
<context>
    <name>ResourceWords</name>
    <message>
        <location filename="../../ui/words.py" line="+32"/>
        <source>equipment</source>
        <translation>معدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>material</source>
        <translation>مواد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knowledge</source>
        <translation>معرفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation>يحتاج إلى عناية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected</source>
        <translation>مُستلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Item</source>
        <extracomment>Asks before cancelling a reservation; tests pass their own answer. Every clash in the data, as last read (the banner, the filter, the item&apos;s own). The week&apos;s loans and reservations, as last read. The item whose detail is shown (or on its way). The item to choose when the next list arrives (one asked for while filtered out).</extracomment>
        <translation type="vanished">الغرض</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">النوع</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="vanished">الآن</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="vanished">يحتاج إلى</translation>
    </message>
    <message>
        <location filename="../../ui/resources/page.py" line="+30"/>
        <source>How many items are shown</source>
        <extracomment>Asks before cancelling a reservation; tests pass their own answer. Every clash in the data, as last read (the banner, the filter, the item&apos;s own). The week&apos;s loans and reservations, as last read. The item whose detail is shown (or on its way). The item to choose when the next list arrives (one asked for while filtered out). How many items the list holds while only its first rows are in (else None).</extracomment>
        <translation>كم غرضًا معروضًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New ite&amp;m…</source>
        <translation>غرض &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item</source>
        <translation>غرض جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inventor&amp;y…</source>
        <translation>&amp;الجرد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory report</source>
        <translation>تقرير الجرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printed inventory: items and their value, loans out, upkeep due</source>
        <translation>الجرد المطبوع: الأغراض وقيمتها، والإعارات الخارجة، والصيانة المستحقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clashes</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items or the week</source>
        <translation>الأغراض أو الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Items</source>
        <translation>الأ&amp;غراض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Week</source>
        <translation>الأ&amp;سبوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last action</source>
        <translation>آخر إجراء</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search names, places… (Ctrl+F)</source>
        <extracomment>The items read, searched and filtered (the table&apos;s model).</extracomment>
        <translation>ابحث في الأسماء والأماكن… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search items</source>
        <translation>البحث في الأغراض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available now</source>
        <translation>متاح الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>خارج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs upkeep</source>
        <translation>يحتاج إلى صيانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a clash</source>
        <translation>فيه تعارض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>ع&amp;رض:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="vanished">الأغراض</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add the first item…</source>
        <translation>أضف أول غرض…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>⚠ Clashes: {names} lent or booked beyond what there is. Show: With a clash lists them.</source>
        <translation>⚠ تعارضات: ⁨{names}⁩ أُعيرت أو حُجزت بأكثر مما هو موجود. «عرض: فيه تعارض» يسردها.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{shown} of {total} items shown</source>
        <translation>معروض ⁨{shown}⁩ من ⁨{total}⁩ غرضًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 item</source>
        <translation>غرض واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} items</source>
        <translation>الأغراض: ⁨{total}⁩</translation>
    </message>
    <message>
        <source>{free} of {count} here</source>
        <translation type="vanished">‏⁨{free}⁩ من ⁨{count}⁩ هنا</translation>
    </message>
    <message>
        <source>; overdue since {day}</source>
        <translation type="vanished">؛ متأخر منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation type="vanished">متأخر منذ ⁨{day}⁩</translation>
    </message>
    <message>
        <source>out, due {day}</source>
        <translation type="vanished">خارج، موعده ⁨{day}⁩</translation>
    </message>
    <message>
        <source>here</source>
        <translation type="vanished">هنا</translation>
    </message>
    <message>
        <source>not free today</source>
        <translation type="vanished">غير متاح اليوم</translation>
    </message>
    <message>
        <source>upkeep due</source>
        <translation type="vanished">الصيانة مستحقة</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No item here matches. Choose Everything and Any kind to see them all.</source>
        <translation>لا يطابق أي غرض هنا. اختر «كل شيء» و«أي نوع» لرؤيتها كلها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List what the group owns and shares here — tools, rooms, a van, materials — then lend and book them and keep them in good repair. No items yet (Ctrl+N).</source>
        <translation>سجّل هنا ما تملكه المجموعة وتتشاركه — أدوات، قاعات، حافلة، مواد — ثم أعِرها واحجزها وحافظ عليها بحالة جيدة. لا أغراض بعد (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the parts of {kit}.</source>
        <translation>حُفظت أجزاء ⁨{kit}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upkeep planned.</source>
        <translation>خُطّطت الصيانة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reservation moved: {text}</source>
        <translation>نُقل الحجز: ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the reservation of {item} for {who}?</source>
        <translation>إلغاء حجز ⁨{item}⁩ لـ ⁨{who}⁩؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel reservation</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled the reservation of {item} for {who}.</source>
        <translation>أُلغي حجز ⁨{item}⁩ لـ ⁨{who}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reservation cancelled: the days are free again.</source>
        <translation>أُلغي الحجز: الأيام متاحة من جديد.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added 1 photo of {item}.</source>
        <translation>أُضيفت صورة واحدة لـ ⁨{item}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {count} photos of {item}.</source>
        <translation>أُضيفت صور لـ ⁨{item}⁩: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo removed.</source>
        <translation>أُزيلت الصورة.</translation>
    </message>
    <message>
        <source>Saved {item}.</source>
        <translation type="vanished">حُفظ ⁨{item}⁩.</translation>
    </message>
    <message>
        <source>Logged upkeep of {item}: {what}.</source>
        <translation type="vanished">سُجّلت صيانة ⁨{item}⁩: ⁨{what}⁩.</translation>
    </message>
    <message>
        <source>The late fee on {item} is waived by {who}.</source>
        <translation type="vanished">أعفى ⁨{who}⁩ من رسوم التأخير على ⁨{item}⁩.</translation>
    </message>
    <message>
        <source>Reserved {item} for {who}, {first} to {last}.</source>
        <translation type="vanished">حُجز ⁨{item}⁩ لـ ⁨{who}⁩، من ⁨{first}⁩ إلى ⁨{last}⁩.</translation>
    </message>
    <message>
        <source>{item} is back from {who}.</source>
        <translation type="vanished">عاد ⁨{item}⁩ من ⁨{who}⁩.</translation>
    </message>
    <message>
        <source>Saved {kit} and its checklist.</source>
        <translation type="vanished">حُفظ ⁨{kit}⁩ وقائمة التحقق الخاصة به.</translation>
    </message>
    <message>
        <source>Parts out: {parts}.</source>
        <translation type="vanished">أجزاء خارجة: ⁨{parts}⁩.</translation>
    </message>
    <message>
        <source>{item} is out with {who}, due back {due}.</source>
        <translation type="vanished">‏⁨{item}⁩ خارج مع ⁨{who}⁩، موعد إرجاعه ⁨{due}⁩.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/resources/loan_dialogs.py" line="+62"/>
        <source>Return {item} from {who}</source>
        <translation>إرجاع ⁨{item}⁩ من ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back on</source>
        <translation>&amp;عاد في</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ondition</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition &amp;note</source>
        <translation>&amp;ملاحظة الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit &amp;kept</source>
        <translation>التأمين المُح&amp;تجز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why it is kept</source>
        <translation>&amp;سبب احتجازه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no deposit was taken</source>
        <translation>لم يُؤخذ تأمين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: all {amount} given back</source>
        <translation>فارغ: أُعيد المبلغ كله ⁨{amount}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damage, a missing part…</source>
        <translation>ضرر، جزء مفقود…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back b&amp;y</source>
        <translation>&amp;استردّه من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Late fee</source>
        <extracomment>How late it is and the fee that comes to (charged when it is taken back today).</extracomment>
        <translation>رسوم التأخير</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts &amp;returned</source>
        <translation>الأجزاء ال&amp;مُرجعة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 day late</source>
        <translation>متأخر يومًا واحدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} days late</source>
        <translation>متأخر ⁨{count}⁩ أيام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{late}: a late fee of {fee}, charged as it is taken back.</source>
        <translation>‏⁨{late}⁩: رسوم تأخير ⁨{fee}⁩، تُحصّل عند استرداده.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The return day is before it went out ({day}).</source>
        <translation>يوم الإرجاع قبل يوم خروجه (⁨{day}⁩).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only {amount} was taken as a deposit.</source>
        <translation>لم يُؤخذ تأمينًا سوى ⁨{amount}⁩.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why part of the deposit is kept (damage, say).</source>
        <translation>اذكر سبب احتجاز جزء من التأمين (ضرر مثلًا).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{item} is back from {who}.</source>
        <translation>عاد ⁨{item}⁩ من ⁨{who}⁩.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/members/care_dialogs.py" line="-81"/>
        <source>Add a role for {name}</source>
        <translation>إضافة دور لـ ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (empty: still held)</source>
        <translation>إ&amp;لى (فارغ: ما زال يشغله)</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <location filename="../../services/rows.py" line="+41"/>
        <source>There is no {what} with the id {id}.</source>
        <extracomment>Shown in place of the name of a member who asked to be forgotten.</extracomment>
        <translation>لا يوجد سجل (⁨{what}⁩) بالمعرّف ⁨{id}⁩.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That {what} was deleted.</source>
        <translation>حُذف ذلك السجل (⁨{what}⁩).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} is not deleted.</source>
        <translation>‏⁨{name}⁩ غير محذوف.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{role} {id} was forgotten at their request.</source>
        <translation>‏⁨{role}⁩ ⁨{id}⁩ نُسي بناءً على طلبه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role} {name} was merged into {other}; use that record.</source>
        <translation>دُمج ⁨{role}⁩ ⁨{name}⁩ في ⁨{other}⁩؛ استخدم ذلك السجل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role} {name} is deleted; restore them first.</source>
        <translation>‏⁨{role}⁩ ⁨{name}⁩ محذوف؛ استعده أولًا.</translation>
    </message>
</context>
<context>
    <name>SavedWords</name>
    <message>
        <location filename="../../ui/resources/saved_words.py" line="+31"/>
        <source>Saved {item}.</source>
        <translation>حُفظ ⁨{item}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged upkeep of {item}: {what}.</source>
        <translation>سُجّلت صيانة ⁨{item}⁩: ⁨{what}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The late fee on {item} is waived by {who}.</source>
        <translation>أعفى ⁨{who}⁩ من رسوم التأخير على ⁨{item}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserved {item} for {who}, {first} to {last}.</source>
        <translation>حُجز ⁨{item}⁩ لـ ⁨{who}⁩، من ⁨{first}⁩ إلى ⁨{last}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{item} is back from {who}.</source>
        <translation>عاد ⁨{item}⁩ من ⁨{who}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {kit} and its checklist.</source>
        <translation>حُفظ ⁨{kit}⁩ وقائمة التحقق الخاصة به.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts out: {parts}.</source>
        <translation>أجزاء خارجة: ⁨{parts}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} is out with {who}, due back {due}.</source>
        <translation>‏⁨{item}⁩ خارج مع ⁨{who}⁩، موعد إرجاعه ⁨{due}⁩.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../services/meetings/search.py" line="+74"/>
        <source>due {day}</source>
        <extracomment>How far back a meeting is still found: a decade of a monthly meeting is 120 entries. A meeting as the index keeps it: key, title, day, place. An action: id, text, status, due day, owner&apos;s name.</extracomment>
        <translation>تستحق في ⁨{day}⁩</translation>
    </message>
    <message>
        <location filename="../../services/resources/search.py" line="+60"/>
        <source>lent to {who}, due {day}</source>
        <translation>مُعار إلى ⁨{who}⁩، يُعاد في ⁨{day}⁩</translation>
    </message>
    <message>
        <location filename="../../services/search.py" line="+139"/>
        <source>{listed}, {part}</source>
        <extracomment>Joins a kind&apos;s texts into one for `str.find`: whitespace, which no typed word holds (`search_words` splits on it), so a word is never found across two records. How much of a kind&apos;s texts `_rarest` samples (about 1,500 records). The area&apos;s key (&quot;members&quot;): the page that opens the record. What the record is (&quot;member&quot;, &quot;action&quot;, &quot;expense&quot;), as history names it. The record&apos;s name as the area shows it. A few words that tell two hits with the same title apart (&quot;active, joined 2024&quot;). The record the area&apos;s page opens to show this one, when not the record itself (a loan opens its item, an expense its grant); empty for the record itself. What the records are (&quot;member&quot;): each kind keeps its own limit of hits. Each row&apos;s words, folded (`collation.match_key`), in the order of `rows`. The hit a row makes, worded when it is shown.</extracomment>
        <translation>‏⁨{listed}⁩، ⁨{part}⁩</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search/dialog.py" line="+43"/>
        <location line="+5"/>
        <source>Search everything</source>
        <extracomment>Hits shown of each kind; more means &quot;type another word&quot;. The rows that are hits (not the kind headings), in order.</extracomment>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, a title or a word…</source>
        <translation>اكتب اسمًا أو عنوانًا أو كلمة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>الأغراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>الإعارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funders</source>
        <translation>الجهات المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses</source>
        <translation>المصروفات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the group&apos;s records…</source>
        <translation>جارٍ قراءة سجلات المجموعة…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type to find members, meetings, actions, items, loans, grants, funders and expenses. Enter opens the one chosen.</source>
        <translation>اكتب للعثور على الأعضاء والاجتماعات والمهام والأغراض والإعارات والمنح والجهات المانحة والمصروفات. يفتح مفتاح Enter العنصر المختار.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing matches “{text}”.</source>
        <translation>لا شيء يطابق «⁨{text}⁩».</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n found</source>
        <translation>
            <numerusform>لم يُعثر على شيء (%n)</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>More: type another word</source>
        <translation>المزيد: اكتب كلمة أخرى</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../ui/help_menu.py" line="+118"/>
        <source>GroupDesk self-test</source>
        <translation>الفحص الذاتي لـ GroupDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking this copy of GroupDesk (your data is not used)…</source>
        <translation>جارٍ فحص هذه النسخة من GroupDesk (لا تُستخدم بياناتك)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-test results</source>
        <translation>نتائج الفحص الذاتي</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Self-test passed: this copy of GroupDesk works here.</source>
        <translation>نجح الفحص الذاتي: هذه النسخة من GroupDesk تعمل هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-test failed: the lines marked FAILED say what. Copy them into a message to whoever looks after your group&apos;s laptops.</source>
        <translation>فشل الفحص الذاتي: الأسطر المعلّمة بـ FAILED تبيّن السبب. انسخها في رسالة إلى من يعتني بحواسيب مجموعتك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The self-test could not be started: {problem}</source>
        <translation>تعذّر بدء الفحص الذاتي: ⁨{problem}⁩</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../ui/meetings/series_dialog.py" line="+65"/>
        <source>Every week on {weekday}</source>
        <extracomment>How many coming meetings the preview lists.</extracomment>
        <translation>كل أسبوع يوم ⁨{weekday}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every second {weekday}</source>
        <translation>كل ⁨{weekday}⁩ ثانٍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {nth} {weekday} of the month</source>
        <translation>‏⁨{weekday}⁩ ال⁨{nth}⁩ من الشهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last {weekday} of the month</source>
        <translation>آخر ⁨{weekday}⁩ من الشهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly on this day (the last day for the 31st)</source>
        <translation>شهريًا في هذا اليوم (آخر يوم للتاريخ 31)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meeting series</source>
        <extracomment>The series&apos; id once saved (a split&apos;s new series). The occurrence &quot;this and the following ones&quot; starts from (its original start). The series as read (None for a new one, or until it is read).</extracomment>
        <translation>سلسلة اجتماعات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New series</source>
        <translation>سلسلة جديدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>العن&amp;وان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First meeting on</source>
        <translation>أول ا&amp;جتماع في</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;arts at</source>
        <translation>يب&amp;دأ في</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length</source>
        <translation>الم&amp;دة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;peats</source>
        <translation>ي&amp;تكرر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An RFC 5545 repeat rule; end it with COUNT=10 (ten meetings) or UNTIL=20271231 (the last day), or leave it to go on</source>
        <translation>قاعدة تكرار RFC 5545؛ أنهِها بـ COUNT=10 (عشرة اجتماعات) أو UNTIL=20271231 (اليوم الأخير)، أو اتركها مستمرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule</source>
        <translation>القاع&amp;دة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pla&amp;ce</source>
        <translation>ا&amp;لمكان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every meeting of the series</source>
        <translation>كل اجتماعات السلسلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This meeting ({day}) and the following ones</source>
        <translation>هذا الاجتماع (⁨{day}⁩) وما يليه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange</source>
        <translation>&amp;تغيير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next meetings</source>
        <translation>الاجتماعات التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next meetings:</source>
        <translation>الاجتماعات ال&amp;تالية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save series</source>
        <translation>&amp;حفظ السلسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save series</source>
        <translation>حفظ السلسلة</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Series: {title}</source>
        <translation>سلسلة: ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>first</source>
        <translation>أول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>ثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>ثالث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>رابع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a pattern, or type a rule below</source>
        <translation>اختر نمطًا، أو اكتب قاعدة أدناه</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give the day of the first meeting</source>
        <translation>حدّد يوم أول اجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how it repeats</source>
        <translation>اختر طريقة التكرار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the series a title</source>
        <translation>أعطِ السلسلة عنوانًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(the meetings show here as the rule is typed)</source>
        <translation>(تظهر الاجتماعات هنا أثناء كتابة القاعدة)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no meetings left: the rule has ended)</source>
        <translation>(لم يبقَ اجتماعات: انتهت القاعدة)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>حُفظت.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+43"/>
        <source>Our group</source>
        <extracomment>Each area&apos;s own group settings (`Area.settings_box`), under the group&apos;s.</extracomment>
        <translation>مجموعتنا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Currency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How dates, numbers and money are written. Type to search, or type a code.</source>
        <translation>طريقة كتابة التواريخ والأرقام والمبالغ. اكتب للبحث، أو اكتب رمزًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language and region</source>
        <translation>ال&amp;لغة والمنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper size</source>
        <translation>&amp;حجم الورق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MM-DD, e.g. 04-01</source>
        <translation>MM-DD، مثل 04-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Financial year starts</source>
        <translation>&amp;بداية السنة المالية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Financial year in words</source>
        <translation>السنة المالية بالكلمات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> weeks</source>
        <translation> أسابيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag members not seen for</source>
        <translation>التنبيه على الأعضاء الغائبين منذ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+79"/>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Choose l&amp;ogo…</source>
        <translation>اختيار ال&amp;شعار…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save changes</source>
        <translation>حف&amp;ظ التغييرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save result</source>
        <translation>نتيجة الحفظ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The financial year runs from {first} to {last}.</source>
        <translation>تمتد السنة المالية من ⁨{first}⁩ إلى ⁨{last}⁩.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo not arrived yet</source>
        <translation>لم يصل الشعار بعد</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the group&apos;s logo</source>
        <translation>اختر شعار المجموعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>أكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+plus and Ctrl+minus change it anywhere.</source>
        <translation>يغيّره Ctrl+plus وCtrl+minus في أي مكان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt size</source>
        <translation>ح&amp;جم النص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+plus and Ctrl+minus change it anywhere; Ctrl+0 goes back.</source>
        <translation>يغيّره Ctrl+plus وCtrl+minus في أي مكان؛ ويعيده Ctrl+0.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is one file with all of the group&apos;s records and attachments. GroupDesk also makes one by itself before upgrades, restores and sync imports.</source>
        <translation>النسخة الاحتياطية ملف واحد فيه كل سجلات المجموعة ومرفقاتها. ويصنع GroupDesk نسخة بنفسه أيضًا قبل الترقيات والاستعادات واستيراد المزامنة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up &amp;to a file…</source>
        <translation>نسخ احت&amp;ياطي إلى ملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a file…</source>
        <translation>استعا&amp;دة من ملف…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic backups to keep</source>
        <translation>عدد النسخ الاحتياطية التلقائية المحفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups to &amp;keep</source>
        <translation>عدد النسخ التلقا&amp;ئية المحفوظة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup result</source>
        <translation>نتيجة النسخ الاحتياطي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in the data folder (newest first):</source>
        <translation>النسخ الاحتياطية في مجلد البيانات (الأحدث أولًا):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in the data folder</source>
        <translation>النسخ الاحتياطية في مجلد البيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet: Back up now makes the first one.</source>
        <translation>لا شيء بعد: «نسخ احتياطي الآن» يصنع أول نسخة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>encrypted</source>
        <translation>مشفّرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not encrypted</source>
        <translation>غير مشفّرة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save a backup</source>
        <translation>حفظ نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backups (*.zip)</source>
        <translation>النسخ الاحتياطية (*.zip)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Backup failed: {error}</source>
        <translation>فشل النسخ الاحتياطي: ⁨{error}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to {path} (encrypted).</source>
        <translation>نُسخ احتياطيًا إلى ⁨{path}⁩ (مشفّرة).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to {path} (not encrypted).</source>
        <translation>نُسخ احتياطيًا إلى ⁨{path}⁩ (غير مشفّرة).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is in {place}.</source>
        <translation>توجد نسخة في ⁨{place}⁩.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups (*.zip *.sealed)</source>
        <translation>النسخ الاحتياطية (*.zip *.sealed)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Encrypted backup</source>
        <translation>نسخة احتياطية مشفّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is encrypted. Its passphrase:</source>
        <translation>‏⁨{name}⁩ مشفّرة. عبارة مرورها:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unnamed group)</source>
        <translation>(مجموعة بلا اسم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the records on this laptop with this backup?</source>
        <translation>استبدال السجلات على هذا الحاسوب بهذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On this laptop now: {group}, {members} members, last changed {when}.</source>
        <translation>على هذا الحاسوب الآن: ⁨{group}⁩، الأعضاء ⁨{members}⁩، آخر تغيير ⁨{when}⁩.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the backup: {group}, {members} members, made {when}.</source>
        <translation>في النسخة الاحتياطية: ⁨{group}⁩، الأعضاء ⁨{members}⁩، صُنعت ⁨{when}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup is of another group.</source>
        <translation>النسخة الاحتياطية لمجموعة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The records here are backed up first, so this can be undone.</source>
        <translation>تُنسخ السجلات هنا احتياطيًا أولًا، فيمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore this backup?</source>
        <translation>استعادة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was restored.</source>
        <translation>لم يُستعد شيء.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored the backup of {group}.</source>
        <translation>استُعيدت النسخة الاحتياطية لـ ⁨{group}⁩.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The records it replaced are backed up in {path}.</source>
        <translation>السجلات التي استُبدلت محفوظة احتياطيًا في ⁨{path}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was restored: {error}</source>
        <translation>لم يُستعد شيء: ⁨{error}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Join a group&apos;s sync folder</source>
        <extracomment>Asked where to move the group (`setup.move_to`): only the place is asked.</extracomment>
        <translation type="vanished">الانضمام إلى مجلد مزامنة المجموعة</translation>
    </message>
    <message>
        <source>Set up a sync folder</source>
        <translation type="vanished">إعداد مجلد مزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="+53"/>
        <source>Pick the folder the group shares: on a USB stick, or in a cloud drive folder (Dropbox, OneDrive, Google Drive, Nextcloud). Everything in it is encrypted.</source>
        <translation>اختر المجلد الذي تتشاركه المجموعة: على ذاكرة USB، أو في مجلد تخزين سحابي (Dropbox، OneDrive، Google Drive، Nextcloud). كل ما فيه مشفّر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the group&apos;s sync folder and type the join code from the recovery sheet (or the group passphrase, if one was set).</source>
        <translation>اختر مجلد مزامنة المجموعة واكتب رمز الانضمام من ورقة الاسترداد (أو عبارة مرور المجموعة، إن وُضعت).</translation>
    </message>
    <message>
        <source>A f&amp;older (USB stick or cloud drive)</source>
        <translation type="vanished">م&amp;جلد (ذاكرة USB أو تخزين سحابي)</translation>
    </message>
    <message>
        <source>An object &amp;store (S3-compatible)</source>
        <translation type="vanished">مخزن &amp;كائنات (متوافق مع S3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the sync folder</source>
        <translation>تصفّح بحثًا عن مجلد المزامنة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sync &amp;folder</source>
        <translation>مجلد &amp;المزامنة</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Join a group&apos;s sync folder or store</source>
        <extracomment>The place kinds, as listed in the dialog.</extracomment>
        <translation>الانضمام إلى مجلد مزامنة المجموعة أو مخزنها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a sync folder or store</source>
        <translation>إعداد مجلد مزامنة أو مخزن</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move the group to another place</source>
        <translation>نقل المجموعة إلى مكان آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything goes to the new folder or object store, with a snapshot for laptops joining later; the other laptops follow at their next sync. A laptop told that the group moved chooses the same place here to follow it.</source>
        <translation>ينتقل كل شيء إلى المجلد أو مخزن الكائنات الجديد، مع لقطة للحواسيب التي تنضم لاحقًا؛ وتتبعه الحواسيب الأخرى في مزامنتها التالية. والحاسوب الذي يُبلَّغ بأن المجموعة انتقلت يختار المكان نفسه هنا ليتبعها.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A folder (USB stick or cloud drive)</source>
        <translation>مجلد (ذاكرة USB أو تخزين سحابي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An object store (S3-compatible)</source>
        <translation>مخزن كائنات (متوافق مع S3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync through</source>
        <translation>ال&amp;مزامنة عبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync through</source>
        <translation>المزامنة عبر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This laptop&apos;s &amp;name</source>
        <translation>ا&amp;سم هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>groups of four letters and digits: ABCD-EF23-…</source>
        <translation>مجموعات من أربعة أحرف وأرقام: ABCD-EF23-…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join &amp;code</source>
        <translation>&amp;رمز الانضمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or group &amp;passphrase</source>
        <translation>أو &amp;عبارة مرور المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group &amp;passphrase (optional)</source>
        <translation>&amp;عبارة مرور المجموعة (اختيارية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lets a laptop join without the join code</source>
        <translation>تتيح لحاسوب الانضمام دون رمز الانضمام</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set-up problem</source>
        <translation>مشكلة في الإعداد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>lets several groups share one bucket</source>
        <translation>تتيح لعدة مجموعات مشاركة حاوية واحدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept in this computer&apos;s password store</source>
        <translation>محفوظ في مخزن كلمات المرور على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store&apos;s &amp;endpoint</source>
        <translation>&amp;عنوان المخزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ucket</source>
        <translation>ال&amp;حاوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;refix (optional)</source>
        <translation>الب&amp;ادئة (اختيارية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion (optional)</source>
        <translation>الم&amp;نطقة (اختيارية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key id</source>
        <translation>&amp;معرّف مفتاح الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secre&amp;t</source>
        <translation>ال&amp;سر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only for a store with its own certificate</source>
        <translation>فقط لمخزن له شهادته الخاصة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;A bundle (optional)</source>
        <translation>حزمة &amp;CA (اختيارية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>تص&amp;فّح…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse for the CA bundle</source>
        <translation>تصفّح بحثًا عن حزمة CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain &amp;http</source>
        <translation>السماح بـ &amp;http غير المشفّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow plain http</source>
        <translation>السماح بـ http غير المشفّر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Insecure: over plain http the key id and the names of the files cross the network readable by anyone on it (the records stay encrypted). Only for a store on a network you trust.</source>
        <translation>⚠ غير آمن: عبر http غير المشفّر يعبر معرّف المفتاح وأسماء الملفات الشبكة مقروءةً لأي أحد عليها (تبقى السجلات مشفّرة). فقط لمخزن على شبكة تثق بها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insecure http warning</source>
        <translation>تحذير http غير الآمن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the store&apos;s address and the access key the group was given for it. The store holds only encrypted files; the secret stays in this computer&apos;s password store.</source>
        <translation>أدخل عنوان المخزن ومفتاح الوصول الذي أُعطي للمجموعة له. لا يحفظ المخزن إلا ملفات مشفّرة؛ ويبقى السر في مخزن كلمات المرور على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the sync folder</source>
        <translation>اختر مجلد المزامنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the store&apos;s CA bundle</source>
        <translation>اختر حزمة CA للمخزن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>الشهادات (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the store&apos;s endpoint and bucket first</source>
        <translation>أدخل عنوان المخزن والحاوية أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the sync folder first</source>
        <translation>اختر مجلد المزامنة أولًا</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="-56"/>
        <source>Find anything: members, meetings, items, grants…</source>
        <translation>ابحث عن أي شيء: الأعضاء، الاجتماعات، الأغراض، المنح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>الانتقال إلى صفحة، بترتيب الشريط الجانبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New member, meeting, item or grant on its page</source>
        <translation>عضو أو اجتماع أو غرض أو منحة جديدة في صفحتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the page shown</source>
        <translation>البحث في الصفحة المعروضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open what is chosen in a list</source>
        <translation>فتح العنصر المختار في القائمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close a dialog (it asks first if you typed something)</source>
        <translation>إغلاق نافذة الحوار (تسأل أولًا إن كتبت شيئًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The button or field with that letter underlined</source>
        <translation>الزر أو الحقل الذي تحت حرفه خط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print: the chosen meeting&apos;s agenda, grant&apos;s report, the roster…</source>
        <translation>طباعة: جدول أعمال الاجتماع المختار، تقرير المنحة، قائمة الأعضاء…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now (once sync is set up)</source>
        <translation>المزامنة الآن (بعد إعداد المزامنة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger or smaller text</source>
        <translation>تكبير النص أو تصغيره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The usual text size</source>
        <translation>حجم النص المعتاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, in any form</source>
        <translation>الحفظ، في أي نموذج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last delete, merge, return, move or import (Edit → Undo)</source>
        <translation>التراجع عن آخر حذف أو دمج أو إرجاع أو نقل أو استيراد (تحرير ← تراجع)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the chosen member (Members page)</source>
        <translation>حذف العضو المختار (صفحة الأعضاء)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before or after (Resources, Week)</source>
        <translation>الأسبوع السابق أو التالي (الموارد، الأسبوع)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the report chosen (Reports page)</source>
        <translation>إنشاء التقرير المختار (صفحة التقارير)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page through a report&apos;s preview</source>
        <translation>التنقل بين صفحات معاينة التقرير</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alt+letter</source>
        <translation>Alt+حرف</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>ما تفعله</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../core_areas.py" line="-23"/>
        <source>Dashboard</source>
        <extracomment>The data folder as a whole: create, demo, backup, restore, check (`groupdesk.cli.core`). The search across every area&apos;s registered source (`groupdesk.services.search`). Backups are files, not tables: a backup is announced by the operation that made it.</extracomment>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reports</source>
        <extracomment>Reports print from the area that owns their data; this area holds the shared command and the page that makes, previews and prints any of them.</extracomment>
        <translation>التقارير</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry.py" line="+123"/>
        <location filename="../../services/meetings/area.py" line="-27"/>
        <source>Meetings</source>
        <extracomment>One line per area: &quot;module:attribute&quot; naming its `Area`. The order is the order of the command line&apos;s help (the sidebar has its own order, `PageEntry.position`). Translated in the &quot;Sidebar&quot; context. Place in the sidebar, smallest first (dashboard 0, members 10, …, settings 70). What a report is made for: nothing (the whole group), one meeting, one grant or one year. Place on the dashboard, smallest first. Model modules whose mapped classes (synced and local) belong to this area. CLI modules as &quot;module:command command …&quot;: the module&apos;s `register(subparsers)` adds exactly those commands (a test checks), so running one imports its module alone. &quot;module:function&quot; run after sync has merged changes from other laptops, inside the same transaction: `hook(session) -&gt; None` (members: erasures win over older edits). &quot;module:function&quot; adding the area&apos;s part of the demo group inside its transaction: `hook(uow, *, size, seed, today) -&gt; None` (size: the number of members asked for). &quot;module:function&quot; listing the area&apos;s records for the global search, kind by kind, each with the words it is found by: `source(uow) -&gt; list[SearchRecords]` (`services/search.py`). The printed reports the area brings (`groupdesk reports KIND`, the Reports page). The lists the area adds to the dashboard. Tabs the area adds to a member&apos;s detail, each &quot;module:function&quot;, `read(uow, *, member_id) -&gt; MemberTable` (`groupdesk/services/members/sections.py`; meetings: the meetings they attended, the actions they own). GUI: &quot;module:Class&quot; of a box on the Settings page for the area&apos;s group settings, `Class(context)` with `refresh()` (meetings: time zone, quorum, decision rule, proxies). Pages that stand in, saying &quot;not built yet&quot;, until an area registers a page with that key.</extracomment>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../services/resources/area.py" line="-18"/>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../services/grants/area.py" line="-19"/>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location filename="../../services/members/area.py" line="-12"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../services/sync/area.py" line="+12"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <location filename="../../ui/members/care_dialogs.py" line="+18"/>
        <source>Add a skill for {name}</source>
        <translation>إضافة مهارة لـ ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. first aid, bike repair</source>
        <translation>مثلًا: الإسعافات الأولية، إصلاح الدراجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skill or interest</source>
        <translation>ال&amp;مهارة أو الاهتمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>knows it (a skill)</source>
        <translation>يتقنها (مهارة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wants to learn it (an interest)</source>
        <translation>يريد تعلّمها (اهتمام)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happy to &amp;teach or share it</source>
        <translation>يسعده أن &amp;يعلّمها أو يشاركها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happy to teach or share it</source>
        <translation>يسعده أن يعلّمها أو يشاركها</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../services/sync/conflicts.py" line="+69"/>
        <source>{deleter} deleted {record} while {changer} changed {record}&apos;s {fields}; it stays deleted, with the change kept, unless you restore it.</source>
        <extracomment>Columns that name a record for people, tried in this order. &quot;value&quot;: one field set two ways; &quot;deleted&quot;: `mine_device` deleted the record while `theirs_device` changed the fields in `theirs` (field → value; `field` names them).</extracomment>
        <translation>حذف ⁨{deleter}⁩ ⁨{record}⁩ بينما غيّر ⁨{changer}⁩ ⁨{fields}⁩ في ⁨{record}⁩؛ يبقى محذوفًا، مع حفظ التغيير، ما لم تستعده.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{record}, {field}: {mine!r} from {mine_device} is in effect; {theirs!r} from {theirs_device} is kept aside.</source>
        <translation>‏⁨{record}⁩، ⁨{field}⁩: المعمول به ⁨{mine!r}⁩ من ⁨{mine_device}⁩؛ و⁨{theirs!r}⁩ من ⁨{theirs_device}⁩ محفوظ جانبًا.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{first} and {last}</source>
        <translation>‏⁨{first}⁩ و⁨{last}⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another laptop (…{end})</source>
        <translation>حاسوب آخر (…⁨{end}⁩)</translation>
    </message>
</context>
<context>
    <name>SyncFiles</name>
    <message>
        <location filename="../../services/sync/folder.py" line="+92"/>
        <source>{file} in {folder} {reason}.</source>
        <translation>‏⁨{file}⁩ في ⁨{folder}⁩: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} in {folder} is damaged or not GroupDesk&apos;s ({problem}).</source>
        <translation>‏⁨{file}⁩ في ⁨{folder}⁩ تالف أو ليس من GroupDesk (⁨{problem}⁩).</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>its folder {folder} is missing</source>
        <translation>مجلده ⁨{folder}⁩ غير موجود</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} in the sync folder is a link or a file, not a folder: GroupDesk reads and writes only inside the sync folder</source>
        <translation>‏⁨{folder}⁩ في مجلد المزامنة رابط أو ملف، لا مجلد: لا يقرأ GroupDesk ولا يكتب إلا داخل مجلد المزامنة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sync folder {folder} is full (or a file in it would be bigger than this system allows): {name} could not be written there. Nothing was lost: this laptop keeps all its records and sends its changes with the next sync that can write there.</source>
        <translation>مجلد المزامنة ⁨{folder}⁩ ممتلئ (أو أن ملفًا فيه سيتجاوز ما يسمح به هذا النظام): تعذّرت كتابة ⁨{name}⁩ فيه. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويُرسل تغييراته في أول مزامنة تستطيع الكتابة هناك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync folder {folder} is read-only: {name} could not be written there. Nothing was lost: this laptop keeps all its records and sends its changes with the next sync that can write there.</source>
        <translation>مجلد المزامنة ⁨{folder}⁩ للقراءة فقط: تعذّرت كتابة ⁨{name}⁩ فيه. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويُرسل تغييراته في أول مزامنة تستطيع الكتابة هناك.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written to the sync folder: {problem}.</source>
        <translation>لم يُكتب شيء في مجلد المزامنة: ⁨{problem}⁩.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is not a regular file (a link, a pipe or a device): left alone</source>
        <translation>ليس ملفًا عاديًا (رابط أو أنبوب أو جهاز): تُرك كما هو</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../services/sync/format.py" line="+344"/>
        <source>could not be read ({problem})</source>
        <extracomment>Why a file could not be read, with what the system said (in its own words).</extracomment>
        <translation>تعذّرت قراءته (⁨{problem}⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/sync/transport_s3.py" line="+357"/>
        <source>is {size:,} bytes, more than a sync file can be ({limit:,}): left alone</source>
        <translation>حجمه ⁨{size:,}⁩ بايت، أكبر مما يمكن أن يكون عليه ملف مزامنة (⁨{limit:,}⁩): تُرك كما هو</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../services/sync/transport_s3.py" line="+32"/>
        <source>grew past the size a sync file can be</source>
        <translation>تجاوز الحجم الذي يمكن أن يكون عليه ملف مزامنة</translation>
    </message>
    <message>
        <location filename="../../services/sync/format.py" line="-44"/>
        <source>this is not a GroupDesk sync file</source>
        <extracomment>2: a new row is one row change (`values.ROW_FIELD`) holding every field, not one per field. The schema of this app: the number in front of the newest migration (&quot;0002_sync&quot; → 2). The oldest schema a reader needs to apply files written by this app. Raised only by a migration that changes what existing fields mean; adding tables or fields does not raise it (older readers keep such changes aside and apply them after their own upgrade). Format 3: the body sealed in parts, each unpacking to at most MAX_PART_BYTES, so a file of any size is written and read with one part in memory (a 100,000-member group&apos;s snapshot unpacks to more than a gigabyte). Written only for a body that needs more than one part: every other file stays format 2, which GroupDesk read before parts. The most a format-2 file&apos;s one body may expand to: a small file that unpacks to gigabytes is refused. A format-2 file is read whole; it may be at most MAX_SINGLE_BYTES. A writer starts a new part once a part&apos;s rows take about this much JSON. The most one part may expand to, and the most it may be sealed. A clock stamp (`clock.Stamp`): millis, counter, a device id of plain characters. Where the device id starts in a stamp that matches `_STAMP`. Snapshots: the highest change-file sequence of each device that the snapshot covers. Device files: the device&apos;s name and what it has read.</extracomment>
        <translation>ليس ملف مزامنة لـ GroupDesk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file&apos;s header is damaged</source>
        <translation>ترويسة الملف تالفة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is cut short (it may still be copying)</source>
        <translation>الملف مقطوع (ربما لا يزال يُنسخ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or cut short, or belongs to a different key or group; it will be tried again at the next sync</source>
        <translation>الملف تالف أو مقطوع، أو لمفتاح آخر أو لمجموعة أخرى؛ ستُعاد المحاولة في المزامنة التالية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file&apos;s content is damaged ({problem})</source>
        <translation>محتوى الملف تالف (⁨{problem}⁩)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>this file belongs to a different key or group, not to this sync folder</source>
        <extracomment>The row changes of the part last read, as read (value text → fields): the merge takes them from here instead of parsing each again.</extracomment>
        <translation>هذا الملف لمفتاح آخر أو لمجموعة أخرى، لا لمجلد المزامنة هذا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file&apos;s header does not match its name</source>
        <translation>ترويسة الملف لا تطابق اسمه</translation>
    </message>
    <message>
        <location filename="../../services/sync/transport_s3.py" line="-12"/>
        <source>could not be read whole ({problem}, tried {attempts} times): tried again at the next sync</source>
        <translation>تعذّرت قراءته كاملًا (⁨{problem}⁩، بعد ⁨{attempts}⁩ محاولات): ستُعاد المحاولة في المزامنة التالية</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>is not in the store (any more)</source>
        <translation>لم يعد في المخزن</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync/page.py" line="+20"/>
        <source>Sync folder</source>
        <extracomment>F5 asked for a sync while the status was still being read.</extracomment>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>Set up a &amp;new sync folder…</source>
        <translation type="vanished">إنشاء مجلد مزامنة &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Join a group&apos;s sync folder…</source>
        <translation type="vanished">الا&amp;نضمام إلى مجلد مزامنة المجموعة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join code and recovery sheet…</source>
        <translation>رمز الانضمام وورقة الاسترداد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ve to another place…</source>
        <translation>الن&amp;قل إلى مكان آخر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the group to another folder or object store, or follow it there</source>
        <translation>نقل المجموعة إلى مجلد أو مخزن كائنات آخر، أو اللحاق بها هناك</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last sync result</source>
        <translation>نتيجة آخر مزامنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync warnings</source>
        <translation>تحذيرات المزامنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Conflicts to review</source>
        <translation>تعارضات للمراجعة</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Two laptops changed the same field without seeing each other&apos;s change, or one deleted a record while another changed it. Each value is named by the laptop it came from; nothing was thrown away.</source>
        <translation>غيّر حاسوبان الحقل نفسه دون أن يرى أحدهما تغيير الآخر، أو حذف أحدهما سجلًا بينما غيّره الآخر. كل قيمة مسمّاة باسم الحاسوب الذي جاءت منه؛ ولم يُتلف شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+130"/>
        <source>&amp;Keep the value in effect</source>
        <translation>الإ&amp;بقاء على القيمة المعمول بها</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+132"/>
        <source>&amp;Take the value kept aside</source>
        <translation>أ&amp;خذ القيمة المحفوظة جانبًا</translation>
    </message>
    <message>
        <source>Laptops seen in the sync folder</source>
        <translation type="vanished">الحواسيب التي ظهرت في مجلد المزامنة</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Laptops seen</source>
        <translation>الحواسيب التي ظهرت</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This laptop, “{name}”, syncs through {folder}</source>
        <translation>هذا الحاسوب، «⁨{name}⁩»، يُزامن عبر ⁨{folder}⁩</translation>
    </message>
    <message>
        <source>This laptop does not sync yet. Set up a new sync folder for the group, or join the folder another laptop set up.</source>
        <translation type="vanished">هذا الحاسوب لا يُزامن بعد. أنشئ مجلد مزامنة جديدًا للمجموعة، أو انضم إلى المجلد الذي أعدّه حاسوب آخر.</translation>
    </message>
    <message>
        <source>Syncing shares the group&apos;s records between its laptops through a folder they can all reach: a USB stick, or a cloud-drive folder such as Dropbox or OneDrive. Everything in it is encrypted; there is no account and no server. Each laptop keeps working offline; when two laptops change the same field, both values are kept and shown here for review.</source>
        <translation type="vanished">تشارك المزامنة سجلات المجموعة بين حواسيبها عبر مجلد يصل إليه الجميع: ذاكرة USB، أو مجلد تخزين سحابي مثل Dropbox أو OneDrive. كل ما فيه مشفّر؛ لا حساب ولا خادم. يواصل كل حاسوب العمل دون اتصال؛ وعندما يغيّر حاسوبان الحقل نفسه، تُحفظ القيمتان وتُعرضان هنا للمراجعة.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Set up a &amp;new sync folder or store…</source>
        <translation>إنشاء مجلد مزامنة أو مخزن &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a group&apos;s sync folder or store…</source>
        <translation>الا&amp;نضمام إلى مجلد مزامنة المجموعة أو مخزنها…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Laptops seen where the group syncs</source>
        <translation>الحواسيب التي ظهرت حيث تُزامن المجموعة</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This laptop does not sync yet. Set up a new sync folder (or object store) for the group, or join the one another laptop set up.</source>
        <translation>هذا الحاسوب لا يُزامن بعد. أنشئ مجلد مزامنة جديدًا (أو مخزن كائنات) للمجموعة، أو انضم إلى الذي أعدّه حاسوب آخر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing shares the group&apos;s records between its laptops through a place they can all reach: a USB stick, a cloud-drive folder such as Dropbox or OneDrive, or an object store the group rents or runs (S3-compatible). Everything in it is encrypted; GroupDesk needs no account and no server of its own. Each laptop keeps working offline; when two laptops change the same field, both values are kept and shown here for review.</source>
        <translation>تشارك المزامنة سجلات المجموعة بين حواسيبها عبر مكان يصل إليه الجميع: ذاكرة USB، أو مجلد تخزين سحابي مثل Dropbox أو OneDrive، أو مخزن كائنات تستأجره المجموعة أو تديره (متوافق مع S3). كل ما فيه مشفّر؛ ولا يحتاج GroupDesk إلى حساب ولا إلى خادم خاص به. يواصل كل حاسوب العمل دون اتصال؛ وعندما يغيّر حاسوبان الحقل نفسه، تُحفظ القيمتان وتُعرضان هنا للمراجعة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last sync ({when}): {summary}</source>
        <translation>آخر مزامنة (⁨{when}⁩): ⁨{summary}⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conflicts to review ({n})</source>
        <translation>تعارضات للمراجعة (⁨{n}⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to review: none</source>
        <translation>تعارضات للمراجعة: لا شيء</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read {name}: {reason}</source>
        <translation>تعذّرت قراءة ⁨{name}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>{n} attached file(s) have not arrived yet.</source>
        <translation type="vanished">ملفات مرفقة لم تصل بعد: ⁨{n}⁩.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a conflict in the list first</source>
        <translation>اختر تعارضًا من القائمة أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it deleted</source>
        <translation>الإ&amp;بقاء عليه محذوفًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore it</source>
        <translation>ا&amp;ستعادته</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This computer&apos;s clock looks wrong</source>
        <translation>يبدو أن ساعة هذا الحاسوب خاطئة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clock is right: send anyway</source>
        <translation>الساعة صحيحة: أرسل على أي حال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will fix the clock</source>
        <translation>سأصلح الساعة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop has records of its own</source>
        <translation>لهذا الحاسوب سجلات خاصة به</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join and add its records</source>
        <translation>الانضمام وإضافة سجلاته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not join</source>
        <translation>عدم الانضمام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Many records would be deleted</source>
        <translation>ستُحذف سجلات كثيرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow the deletions</source>
        <translation>السماح بالحذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Moved the group to {where}. The other laptops follow it there at their next sync.</source>
        <translation>نُقلت المجموعة إلى ⁨{where}⁩. وتتبعها الحواسيب الأخرى إلى هناك في مزامنتها التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group had moved to {where}: this laptop syncs there now.</source>
        <translation>كانت المجموعة قد انتقلت إلى ⁨{where}⁩: هذا الحاسوب يُزامن هناك الآن.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving the group…</source>
        <translation>جارٍ نقل المجموعة…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Joining…</source>
        <translation>جارٍ الانضمام…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting up…</source>
        <translation>جارٍ الإعداد…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Join code</source>
        <translation>رمز الانضمام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type this join code on each other laptop of the group:

{code}

Keep a printed copy somewhere safe, away from the laptops. If every copy is lost, the sync folder cannot be opened again (each laptop keeps its own records).</source>
        <translation>اكتب رمز الانضمام هذا على كل حاسوب آخر للمجموعة:

⁨{code}⁩

احفظ نسخة مطبوعة في مكان آمن، بعيدًا عن الحواسيب. إن ضاعت كل النسخ، فلا يمكن فتح مجلد المزامنة مرة أخرى (ويحتفظ كل حاسوب بسجلاته).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save recovery sheet…</source>
        <translation>حفظ ورقة الاسترداد…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the recovery sheet</source>
        <translation>حفظ ورقة الاسترداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF to print (*.pdf);;Plain text (*.txt)</source>
        <translation>PDF للطباعة (*.pdf);;نص عادي (*.txt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recovery sheet saved to {path}.</source>
        <translation>حُفظت ورقة الاسترداد في ⁨{path}⁩.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../services/sync/engine.py" line="+85"/>
        <source>Waiting for another sync to finish…</source>
        <extracomment>Two computer clocks further apart than this disagree (`clock_check`). Write a snapshot after this many own change files since the folder&apos;s newest snapshot. Own change files covered by a snapshot are deleted once this old.</extracomment>
        <translation>بانتظار انتهاء مزامنة أخرى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking in the sync folder…</source>
        <translation>جارٍ البحث في مجلد المزامنة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up before reading…</source>
        <translation>جارٍ أخذ نسخة احتياطية قبل القراءة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes kept for this version…</source>
        <translation>جارٍ تطبيق التغييرات المحفوظة لهذا الإصدار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة ⁨{name}⁩…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing this laptop&apos;s changes…</source>
        <translation>جارٍ كتابة تغييرات هذا الحاسوب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled; what was read so far is kept, nothing is half-done.</source>
        <translation>أُلغيت المزامنة؛ ما قُرئ حتى الآن محفوظ، ولم يبقَ شيء نصف منجز.</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message numerus="yes">
        <location filename="../../services/sync/records_words.py" line="+15"/>
        <source>action(s)</source>
        <translation>
            <numerusform>مهام</numerusform>
            <numerusform>مهمة</numerusform>
            <numerusform>مهمتان</numerusform>
            <numerusform>مهام</numerusform>
            <numerusform>مهمةً</numerusform>
            <numerusform>مهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>agenda item(s)</source>
        <translation>
            <numerusform>بنود جدول أعمال</numerusform>
            <numerusform>بند جدول أعمال</numerusform>
            <numerusform>بندا جدول أعمال</numerusform>
            <numerusform>بنود جدول أعمال</numerusform>
            <numerusform>بندًا من جدول الأعمال</numerusform>
            <numerusform>بند جدول أعمال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>attached file(s)</source>
        <translation>
            <numerusform>ملفات مرفقة</numerusform>
            <numerusform>ملف مرفق</numerusform>
            <numerusform>ملفان مرفقان</numerusform>
            <numerusform>ملفات مرفقة</numerusform>
            <numerusform>ملفًا مرفقًا</numerusform>
            <numerusform>ملف مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>attendance mark(s)</source>
        <translation>
            <numerusform>تسجيلات حضور</numerusform>
            <numerusform>تسجيل حضور</numerusform>
            <numerusform>تسجيلا حضور</numerusform>
            <numerusform>تسجيلات حضور</numerusform>
            <numerusform>تسجيلًا للحضور</numerusform>
            <numerusform>تسجيل حضور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>check-in(s)</source>
        <translation>
            <numerusform>متابعات</numerusform>
            <numerusform>متابعة</numerusform>
            <numerusform>متابعتان</numerusform>
            <numerusform>متابعات</numerusform>
            <numerusform>متابعةً</numerusform>
            <numerusform>متابعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>decision(s)</source>
        <translation>
            <numerusform>قرارات</numerusform>
            <numerusform>قرار</numerusform>
            <numerusform>قراران</numerusform>
            <numerusform>قرارات</numerusform>
            <numerusform>قرارًا</numerusform>
            <numerusform>قرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>funder(s)</source>
        <translation>
            <numerusform>جهات مانحة</numerusform>
            <numerusform>جهة مانحة</numerusform>
            <numerusform>جهتان مانحتان</numerusform>
            <numerusform>جهات مانحة</numerusform>
            <numerusform>جهةً مانحة</numerusform>
            <numerusform>جهة مانحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>budget line(s)</source>
        <translation>
            <numerusform>بنود ميزانية</numerusform>
            <numerusform>بند ميزانية</numerusform>
            <numerusform>بندا ميزانية</numerusform>
            <numerusform>بنود ميزانية</numerusform>
            <numerusform>بندًا في الميزانية</numerusform>
            <numerusform>بند ميزانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>budget revision(s)</source>
        <translation>
            <numerusform>مراجعات ميزانية</numerusform>
            <numerusform>مراجعة ميزانية</numerusform>
            <numerusform>مراجعتا ميزانية</numerusform>
            <numerusform>مراجعات ميزانية</numerusform>
            <numerusform>مراجعةً للميزانية</numerusform>
            <numerusform>مراجعة ميزانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>receipt(s)</source>
        <translation>
            <numerusform>إيصالات</numerusform>
            <numerusform>إيصال</numerusform>
            <numerusform>إيصالان</numerusform>
            <numerusform>إيصالات</numerusform>
            <numerusform>إيصالًا</numerusform>
            <numerusform>إيصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expense(s)</source>
        <translation>
            <numerusform>مصروفات</numerusform>
            <numerusform>مصروف</numerusform>
            <numerusform>مصروفان</numerusform>
            <numerusform>مصروفات</numerusform>
            <numerusform>مصروفًا</numerusform>
            <numerusform>مصروف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>outcome note(s)</source>
        <translation>
            <numerusform>قيود نتائج</numerusform>
            <numerusform>قيد نتيجة</numerusform>
            <numerusform>قيدا نتيجة</numerusform>
            <numerusform>قيود نتائج</numerusform>
            <numerusform>قيدًا للنتائج</numerusform>
            <numerusform>قيد نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>outcome(s)</source>
        <translation>
            <numerusform>نتائج متوقعة</numerusform>
            <numerusform>نتيجة متوقعة</numerusform>
            <numerusform>نتيجتان متوقعتان</numerusform>
            <numerusform>نتائج متوقعة</numerusform>
            <numerusform>نتيجةً متوقعة</numerusform>
            <numerusform>نتيجة متوقعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>grant payment(s)</source>
        <translation>
            <numerusform>دفعات منح</numerusform>
            <numerusform>دفعة منحة</numerusform>
            <numerusform>دفعتا منحة</numerusform>
            <numerusform>دفعات منح</numerusform>
            <numerusform>دفعةً من المنح</numerusform>
            <numerusform>دفعة منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>reimbursement(s)</source>
        <translation>
            <numerusform>طلبات استرداد نفقات</numerusform>
            <numerusform>طلب استرداد نفقات</numerusform>
            <numerusform>طلبا استرداد نفقات</numerusform>
            <numerusform>طلبات استرداد نفقات</numerusform>
            <numerusform>طلبًا لاسترداد النفقات</numerusform>
            <numerusform>طلب استرداد نفقات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>grant report(s)</source>
        <translation>
            <numerusform>تقارير منح</numerusform>
            <numerusform>تقرير منحة</numerusform>
            <numerusform>تقريرا منحة</numerusform>
            <numerusform>تقارير منح</numerusform>
            <numerusform>تقريرًا عن المنح</numerusform>
            <numerusform>تقرير منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>grant state change(s)</source>
        <translation>
            <numerusform>تغييرات حالة منح</numerusform>
            <numerusform>تغيير حالة منحة</numerusform>
            <numerusform>تغييرا حالة منحة</numerusform>
            <numerusform>تغييرات حالة منح</numerusform>
            <numerusform>تغييرًا في حالة المنح</numerusform>
            <numerusform>تغيير حالة منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>tranche(s)</source>
        <translation>
            <numerusform>دفعات</numerusform>
            <numerusform>دفعة</numerusform>
            <numerusform>دفعتان</numerusform>
            <numerusform>دفعات</numerusform>
            <numerusform>دفعةً</numerusform>
            <numerusform>دفعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>grant(s)</source>
        <translation>
            <numerusform>منح</numerusform>
            <numerusform>منحة</numerusform>
            <numerusform>منحتان</numerusform>
            <numerusform>منح</numerusform>
            <numerusform>منحةً</numerusform>
            <numerusform>منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>group settings record(s)</source>
        <translation>
            <numerusform>سجلات إعدادات المجموعة</numerusform>
            <numerusform>سجل إعدادات المجموعة</numerusform>
            <numerusform>سجلا إعدادات المجموعة</numerusform>
            <numerusform>سجلات إعدادات المجموعة</numerusform>
            <numerusform>سجلًا لإعدادات المجموعة</numerusform>
            <numerusform>سجل إعدادات المجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>meeting series</source>
        <translation>
            <numerusform>سلاسل اجتماعات</numerusform>
            <numerusform>سلسلة اجتماعات</numerusform>
            <numerusform>سلسلتا اجتماعات</numerusform>
            <numerusform>سلاسل اجتماعات</numerusform>
            <numerusform>سلسلةَ اجتماعات</numerusform>
            <numerusform>سلسلة اجتماعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>meeting(s)</source>
        <translation>
            <numerusform>اجتماعات</numerusform>
            <numerusform>اجتماع</numerusform>
            <numerusform>اجتماعان</numerusform>
            <numerusform>اجتماعات</numerusform>
            <numerusform>اجتماعًا</numerusform>
            <numerusform>اجتماع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>merge(s) of two records</source>
        <translation>
            <numerusform>عمليات دمج سجلين</numerusform>
            <numerusform>عملية دمج سجلين</numerusform>
            <numerusform>عمليتا دمج سجلين</numerusform>
            <numerusform>عمليات دمج سجلين</numerusform>
            <numerusform>عمليةَ دمج سجلين</numerusform>
            <numerusform>عملية دمج سجلين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>role(s)</source>
        <translation>
            <numerusform>أدوار</numerusform>
            <numerusform>دور</numerusform>
            <numerusform>دوران</numerusform>
            <numerusform>أدوار</numerusform>
            <numerusform>دورًا</numerusform>
            <numerusform>دور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>skill(s)</source>
        <translation>
            <numerusform>مهارات</numerusform>
            <numerusform>مهارة</numerusform>
            <numerusform>مهارتان</numerusform>
            <numerusform>مهارات</numerusform>
            <numerusform>مهارةً</numerusform>
            <numerusform>مهارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>member(s)</source>
        <translation>
            <numerusform>أعضاء</numerusform>
            <numerusform>عضو</numerusform>
            <numerusform>عضوان</numerusform>
            <numerusform>أعضاء</numerusform>
            <numerusform>عضوًا</numerusform>
            <numerusform>عضو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>mentorship(s)</source>
        <translation>
            <numerusform>علاقات إرشاد</numerusform>
            <numerusform>علاقة إرشاد</numerusform>
            <numerusform>علاقتا إرشاد</numerusform>
            <numerusform>علاقات إرشاد</numerusform>
            <numerusform>علاقةَ إرشاد</numerusform>
            <numerusform>علاقة إرشاد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>item(s)</source>
        <translation>
            <numerusform>أغراض</numerusform>
            <numerusform>غرض</numerusform>
            <numerusform>غرضان</numerusform>
            <numerusform>أغراض</numerusform>
            <numerusform>غرضًا</numerusform>
            <numerusform>غرض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>loan extension(s)</source>
        <translation>
            <numerusform>تمديدات إعارة</numerusform>
            <numerusform>تمديد إعارة</numerusform>
            <numerusform>تمديدا إعارة</numerusform>
            <numerusform>تمديدات إعارة</numerusform>
            <numerusform>تمديدًا للإعارة</numerusform>
            <numerusform>تمديد إعارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>loan(s)</source>
        <translation>
            <numerusform>إعارات</numerusform>
            <numerusform>إعارة</numerusform>
            <numerusform>إعارتان</numerusform>
            <numerusform>إعارات</numerusform>
            <numerusform>إعارةً</numerusform>
            <numerusform>إعارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>part(s) of a kit</source>
        <translation>
            <numerusform>أجزاء من أطقم</numerusform>
            <numerusform>جزء من طقم</numerusform>
            <numerusform>جزءان من طقم</numerusform>
            <numerusform>أجزاء من أطقم</numerusform>
            <numerusform>جزءًا من الأطقم</numerusform>
            <numerusform>جزء من طقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>photo(s)</source>
        <translation>
            <numerusform>صور</numerusform>
            <numerusform>صورة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>صور</numerusform>
            <numerusform>صورةً</numerusform>
            <numerusform>صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>reservation(s)</source>
        <translation>
            <numerusform>حجوزات</numerusform>
            <numerusform>حجز</numerusform>
            <numerusform>حجزان</numerusform>
            <numerusform>حجوزات</numerusform>
            <numerusform>حجزًا</numerusform>
            <numerusform>حجز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>upkeep record(s)</source>
        <translation>
            <numerusform>سجلات صيانة</numerusform>
            <numerusform>سجل صيانة</numerusform>
            <numerusform>سجلا صيانة</numerusform>
            <numerusform>سجلات صيانة</numerusform>
            <numerusform>سجلًا للصيانة</numerusform>
            <numerusform>سجل صيانة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>upkeep plan(s)</source>
        <translation>
            <numerusform>خطط صيانة</numerusform>
            <numerusform>خطة صيانة</numerusform>
            <numerusform>خطتا صيانة</numerusform>
            <numerusform>خطط صيانة</numerusform>
            <numerusform>خطةَ صيانة</numerusform>
            <numerusform>خطة صيانة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../services/sync/report.py" line="+60"/>
        <source>Read {files} from {laptops}: {changes}.</source>
        <extracomment>Changes kept aside for tables or fields an older version did not know, merged now. This laptop held its changes back: the other laptops say its clock is wrong.</extracomment>
        <translation>قُرئ ⁨{files}⁩ من ⁨{laptops}⁩: ⁨{changes}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read {files} from {laptops}: {changes}, {conflicts} to review.</source>
        <translation>قُرئ ⁨{files}⁩ من ⁨{laptops}⁩: ⁨{changes}⁩، و⁨{conflicts}⁩ للمراجعة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing new to read.</source>
        <translation>لا جديد للقراءة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied {changes} kept until this version of GroupDesk could use them.</source>
        <translation>طُبّق ⁨{changes}⁩ كانت محفوظة حتى يستطيع هذا الإصدار من GroupDesk استخدامها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent {changes}.</source>
        <translation>أُرسل ⁨{changes}⁩.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Received %n attached file(s).</source>
        <translation>
            <numerusform>لم يُستلم أي ملف مرفق.</numerusform>
            <numerusform>استُلم ملف مرفق واحد.</numerusform>
            <numerusform>استُلم ملفان مرفقان.</numerusform>
            <numerusform>استُلمت %n ملفات مرفقة.</numerusform>
            <numerusform>استُلم %n ملفًا مرفقًا.</numerusform>
            <numerusform>استُلم %n ملف مرفق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location filename="../../ui/sync/page.py" line="-325"/>
        <source>%n attached file(s) not arrived yet.</source>
        <translation>
            <numerusform>لا ملفات مرفقة تنتظر الوصول.</numerusform>
            <numerusform>ملف مرفق واحد لم يصل بعد.</numerusform>
            <numerusform>ملفان مرفقان لم يصلا بعد.</numerusform>
            <numerusform>%n ملفات مرفقة لم تصل بعد.</numerusform>
            <numerusform>%n ملفًا مرفقًا لم يصل بعد.</numerusform>
            <numerusform>%n ملف مرفق لم يصل بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) could not be read (see below).</source>
        <translation>
            <numerusform>لا ملفات تعذّرت قراءتها.</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد (انظر أدناه).</numerusform>
            <numerusform>تعذّرت قراءة ملفين (انظر أدناه).</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات (انظر أدناه).</numerusform>
            <numerusform>تعذّرت قراءة %n ملفًا (انظر أدناه).</numerusform>
            <numerusform>تعذّرت قراءة %n ملف (انظر أدناه).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%n تغييرات</numerusform>
            <numerusform>%n تغييرًا</numerusform>
            <numerusform>%n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Received {count} attached file(s).</source>
        <translation type="vanished">استُلمت ملفات مرفقة: ⁨{count}⁩.</translation>
    </message>
    <message>
        <source>{count} attached file(s) not arrived yet.</source>
        <translation type="vanished">ملفات مرفقة لم تصل بعد: ⁨{count}⁩.</translation>
    </message>
    <message>
        <source>{count} file(s) could not be read (see below).</source>
        <translation type="vanished">ملفات تعذّرت قراءتها: ⁨{count}⁩ (انظر أدناه).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{first} and {last}</source>
        <translation>‏⁨{first}⁩ و⁨{last}⁩</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="vanished">ملف واحد</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="vanished">ملفات: ⁨{count}⁩</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="vanished">تغيير واحد</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation type="vanished">تغييرات: ⁨{count}⁩</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation type="vanished">تعارض واحد</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation type="vanished">تعارضات: ⁨{count}⁩</translation>
    </message>
</context>
<context>
    <name>SyncSetup</name>
    <message>
        <location filename="../../services/sync/crypto.py" line="-154"/>
        <source>a join code has {expected} letters and digits; this one has {count}</source>
        <extracomment>Attachment blobs are sealed in chunks of this many plaintext bytes (memory stays flat). scrypt cost that GroupDesk 0.1 wrote for the sync folder&apos;s passphrase-wrapped key (32 MiB, about 0.1 s a guess): still opened, never written. Backups&apos; sealing key uses it too. Argon2id cost of the passphrase-wrapped key: 256 MiB and four passes, about 1 s a guess on one core (measured in docs/security.md). A folder that asks for any other cost is refused before any work: anyone who can write to the folder can write its numbers. zxcvbn score a passphrase needs (3: about 10^8 guesses or more, years at 1 s a guess).</extracomment>
        <translation>رمز الانضمام من ⁨{expected}⁩ حرفًا ورقمًا؛ وهذا فيه ⁨{count}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a join code holds only the letters A–Z and the digits 2–7</source>
        <translation>لا يحوي رمز الانضمام إلا الحروف A–Z والأرقام 2–7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this join code has a typing mistake: check each group of four letters</source>
        <translation>في رمز الانضمام هذا خطأ في الكتابة: راجع كل مجموعة من أربعة أحرف</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>this is not the group&apos;s passphrase for this sync folder</source>
        <translation>هذه ليست عبارة مرور المجموعة لمجلد المزامنة هذا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this passphrase is too easy to guess (about 10^{power} guesses); use four or more words that do not belong together</source>
        <translation>عبارة المرور هذه سهلة التخمين جدًا (نحو ⁨10^{power}⁩ محاولة)؛ استخدم أربع كلمات أو أكثر لا علاقة بينها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this passphrase is too easy to guess (about 10^{power} guesses: {reason}); use four or more words that do not belong together</source>
        <translation>عبارة المرور هذه سهلة التخمين جدًا (نحو ⁨10^{power}⁩ محاولة: ⁨{reason}⁩)؛ استخدم أربع كلمات أو أكثر لا علاقة بينها</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>use at least {count} characters (a few words are easy to remember)</source>
        <translation>استخدم ⁨{count}⁩ حرفًا على الأقل (بضع كلمات يسهل تذكّرها)</translation>
    </message>
    <message>
        <location filename="../../services/sync/engine.py" line="+28"/>
        <source>This laptop is not set up to sync yet: set up a new sync folder, or join the one the group already has.</source>
        <translation>هذا الحاسوب غير مُعدّ للمزامنة بعد: أعدّ مجلد مزامنة جديدًا، أو انضم إلى المجلد الذي لدى المجموعة.</translation>
    </message>
    <message>
        <location filename="../../services/sync/folder.py" line="-229"/>
        <source>The sync folder {folder} cannot be found. If it is on a USB stick, plug it in; if it is in a cloud drive, check that the drive is running.</source>
        <translation>تعذّر العثور على مجلد المزامنة ⁨{folder}⁩. إن كان على ذاكرة USB فأدخِلها في الحاسوب؛ وإن كان في تخزين سحابي فتحقق من أن برنامجه يعمل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} is not a GroupDesk sync folder (it has no {file}).</source>
        <translation>‏⁨{folder}⁩ ليس مجلد مزامنة لـ GroupDesk (لا يحوي ⁨{file}⁩).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sync folder {folder} was made by a newer GroupDesk (format {version}); update GroupDesk on this laptop to use it.</source>
        <translation>أنشأ مجلدَ المزامنة ⁨{folder}⁩ إصدارٌ أحدث من GroupDesk (الصيغة ⁨{version}⁩)؛ حدّث GroupDesk على هذا الحاسوب لاستخدامه.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{folder} is already a sync folder. To use it, join it instead.</source>
        <translation>‏⁨{folder}⁩ مجلد مزامنة من قبل. لاستخدامه، انضم إليه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../services/sync/keys.py" line="+40"/>
        <source>This computer has no password store (keyring) for GroupDesk to keep the group&apos;s sync key in, and GroupDesk will not keep it in a plain file. On Windows and macOS the system&apos;s own store is used; on Linux install and unlock GNOME Keyring or KWallet (a &apos;Secret Service&apos;), then try again.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن لكلمات المرور (keyring) يحفظ فيه GroupDesk مفتاح مزامنة المجموعة، ولن يحفظه GroupDesk في ملف عادي. على Windows وmacOS يُستخدم مخزن النظام نفسه؛ وعلى Linux ثبّت GNOME Keyring أو KWallet (خدمة «Secret Service») وافتح قفله، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{no_keyring} ({problem})</source>
        <extracomment>NO_KEYRING with what the keyring said (its own words, in English).</extracomment>
        <translation>‏⁨{no_keyring}⁩ (⁨{problem}⁩)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{no_keyring} (The password store found, {found}, keeps passwords in a file anyone with the laptop can read, or nowhere: uninstall keyrings.alt, or unset PYTHON_KEYRING_BACKEND.)</source>
        <extracomment>Backends (by module) that keep no secret: a readable file, or nowhere at all.</extracomment>
        <translation>‏⁨{no_keyring}⁩ (مخزن كلمات المرور الموجود، ⁨{found}⁩، يحفظ كلمات المرور في ملف يستطيع قراءته كل من لديه الحاسوب، أو لا يحفظها أبدًا: أزل keyrings.alt، أو ألغِ المتغير PYTHON_KEYRING_BACKEND.)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The group&apos;s sync key is not in this computer&apos;s keyring. Join the sync folder again with the join code from the recovery sheet (or the group passphrase).</source>
        <translation>مفتاح مزامنة المجموعة ليس في مخزن كلمات المرور على هذا الحاسوب. انضم إلى مجلد المزامنة مرة أخرى برمز الانضمام من ورقة الاسترداد (أو بعبارة مرور المجموعة).</translation>
    </message>
    <message>
        <location filename="../../services/sync/setup.py" line="+83"/>
        <source>This laptop already syncs with {where}. A data folder syncs with one group.</source>
        <extracomment>The folder&apos;s path or the store&apos;s s3:// address.</extracomment>
        <translation>هذا الحاسوب يتزامن من قبل مع ⁨{where}⁩. مجلد البيانات يتزامن مع مجموعة واحدة فقط.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>give this laptop a name, like &apos;Ana&apos;s laptop&apos;</source>
        <translation>سمِّ هذا الحاسوب، مثل «حاسوب آنا»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Create your group first, then set up sync.</source>
        <translation>أنشئ مجموعتك أولًا، ثم أعدّ المزامنة.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>this sync folder was set up without a passphrase: use the join code</source>
        <translation>أُعدّ مجلد المزامنة هذا دون عبارة مرور: استخدم رمز الانضمام</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type the join code (or give the group passphrase)</source>
        <translation>اكتب رمز الانضمام (أو عبارة مرور المجموعة)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this join code does not open this sync folder: it belongs to a different key or group</source>
        <translation>رمز الانضمام هذا لا يفتح مجلد المزامنة هذا: إنه لمفتاح آخر أو لمجموعة أخرى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this passphrase does not open this sync folder: it belongs to a different key or group</source>
        <translation>عبارة المرور هذه لا تفتح مجلد المزامنة هذا: إنها لمفتاح آخر أو لمجموعة أخرى</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+11"/>
        <source>This laptop is not set up to sync yet.</source>
        <translation>هذا الحاسوب غير مُعدّ للمزامنة بعد.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This laptop is not set up to sync yet: there is nothing to move.</source>
        <extracomment>The folder&apos;s path or the store&apos;s s3:// address the group syncs through now. False when the group had moved there already and this laptop followed it.</extracomment>
        <translation>هذا الحاسوب غير مُعدّ للمزامنة بعد: لا شيء لنقله.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name the folder or s3:// store to move to</source>
        <translation>حدّد المجلد أو مخزن s3:// الذي يُنقل إليه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was moved: {reason}</source>
        <translation>لم يُنقل شيء: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The group was not moved: {reason}</source>
        <translation>لم تُنقل المجموعة: ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{place} holds another group: the group was not moved. Choose an empty folder or prefix.</source>
        <translation>‏⁨{place}⁩ يحوي مجموعة أخرى: لم تُنقل المجموعة. اختر مجلدًا أو بادئة فارغين.</translation>
    </message>
    <message>
        <location filename="../../services/sync/joining.py" line="+70"/>
        <source>no records yet</source>
        <translation>لا سجلات بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop already holds records of its own ({held}). Joining adds its records to the group&apos;s, on every laptop that syncs, and this laptop takes the group&apos;s name, currency and other settings from the sync folder (its own are replaced). Back up first if unsure. To go ahead, say that its records should be added (on the command line: --merge-own-records).</source>
        <translation>يحوي هذا الحاسوب سجلات خاصة به من قبل (⁨{held}⁩). الانضمام يضيف سجلاته إلى سجلات المجموعة، على كل حاسوب يتزامن، ويأخذ هذا الحاسوب اسم المجموعة وعملتها وسائر إعداداتها من مجلد المزامنة (وتُستبدل إعداداته). خذ نسخة احتياطية أولًا إن لم تكن متأكدًا. للمتابعة، قل إن سجلاته يجب أن تُضاف (في سطر الأوامر: --merge-own-records).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop already holds records of its own ({held}) and its own group, {group!r} ({currency}). Joining adds its records to the group&apos;s, on every laptop that syncs, and this laptop takes the group&apos;s name, currency and other settings from the sync folder (its own are replaced). Back up first if unsure. To go ahead, say that its records should be added (on the command line: --merge-own-records).</source>
        <translation>يحوي هذا الحاسوب سجلات خاصة به من قبل (⁨{held}⁩) ومجموعة خاصة به، ⁨{group!r}⁩ (⁨{currency}⁩). الانضمام يضيف سجلاته إلى سجلات المجموعة، على كل حاسوب يتزامن، ويأخذ هذا الحاسوب اسم المجموعة وعملتها وسائر إعداداتها من مجلد المزامنة (وتُستبدل إعداداته). خذ نسخة احتياطية أولًا إن لم تكن متأكدًا. للمتابعة، قل إن سجلاته يجب أن تُضاف (في سطر الأوامر: --merge-own-records).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s)</source>
        <extracomment>The records a person thinks of first, named in the question (the rest are counted).</extracomment>
        <translation>
            <numerusform>لا أعضاء</numerusform>
            <numerusform>عضو واحد</numerusform>
            <numerusform>عضوان</numerusform>
            <numerusform>%n أعضاء</numerusform>
            <numerusform>%n عضوًا</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>لا اجتماعات</numerusform>
            <numerusform>اجتماع واحد</numerusform>
            <numerusform>اجتماعان</numerusform>
            <numerusform>%n اجتماعات</numerusform>
            <numerusform>%n اجتماعًا</numerusform>
            <numerusform>%n اجتماع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا أغراض</numerusform>
            <numerusform>غرض واحد</numerusform>
            <numerusform>غرضان</numerusform>
            <numerusform>%n أغراض</numerusform>
            <numerusform>%n غرضًا</numerusform>
            <numerusform>%n غرض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>لا منح</numerusform>
            <numerusform>منحة واحدة</numerusform>
            <numerusform>منحتان</numerusform>
            <numerusform>%n منح</numerusform>
            <numerusform>%n منحة</numerusform>
            <numerusform>%n منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>لا سجلات أخرى</numerusform>
            <numerusform>سجل آخر واحد</numerusform>
            <numerusform>سجلان آخران</numerusform>
            <numerusform>%n سجلات أخرى</numerusform>
            <numerusform>%n سجلًا آخر</numerusform>
            <numerusform>%n سجل آخر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first}, {next}</source>
        <translation>‏⁨{first}⁩، ⁨{next}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} and {last}</source>
        <translation>‏⁨{first}⁩ و⁨{last}⁩</translation>
    </message>
    <message>
        <location filename="../../services/sync/transport_s3.py" line="-403"/>
        <source>list the files</source>
        <extracomment>Tries of one request (the first and the retries) before the fault is said in words. Seconds to wait for a connection, and for each answer or piece of a body. Attachment blobs are sealed into memory up to this size, into a temporary file beyond. What a request was doing, said when the store refuses it (&quot;may not {doing}&quot;).</extracomment>
        <translation>سرد الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the files</source>
        <translation>قراءة الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write files</source>
        <translation>كتابة الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete this laptop&apos;s old files</source>
        <translation>حذف ملفات هذا الحاسوب القديمة</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This GroupDesk was installed without the part that talks to object stores (boto3): install GroupDesk with its &apos;store&apos; extra to sync through the object store {url} at {endpoint}.</source>
        <extracomment>Error codes meaning the store does not know the conditional put.</extracomment>
        <translation>ثُبّت GroupDesk هذا دون الجزء الذي يتعامل مع مخازن الكائنات (boto3): ثبّت GroupDesk مع إضافته «store» للمزامنة عبر مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The object store {url} at {endpoint} did not answer within %n second(s) (timed out, tried {attempts} times): the store or the network is too slow now. Nothing was lost: this laptop keeps all its records and tries again at the next sync.</source>
        <translation>
            <numerusform>لم يُجب مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ فورًا (انتهت المهلة بعد ⁨{attempts}⁩ محاولات): المخزن أو الشبكة بطيئان جدًا الآن. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويحاول مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>لم يُجب مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ خلال ثانية واحدة (انتهت المهلة بعد ⁨{attempts}⁩ محاولات): المخزن أو الشبكة بطيئان جدًا الآن. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويحاول مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>لم يُجب مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ خلال ثانيتين (انتهت المهلة بعد ⁨{attempts}⁩ محاولات): المخزن أو الشبكة بطيئان جدًا الآن. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويحاول مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>لم يُجب مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ خلال %n ثوانٍ (انتهت المهلة بعد ⁨{attempts}⁩ محاولات): المخزن أو الشبكة بطيئان جدًا الآن. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويحاول مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>لم يُجب مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ خلال %n ثانية (انتهت المهلة بعد ⁨{attempts}⁩ محاولات): المخزن أو الشبكة بطيئان جدًا الآن. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويحاول مرة أخرى في المزامنة التالية.</numerusform>
            <numerusform>لم يُجب مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ خلال %n ثانية (انتهت المهلة بعد ⁨{attempts}⁩ محاولات): المخزن أو الشبكة بطيئان جدًا الآن. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويحاول مرة أخرى في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The object store {url} at {endpoint} did not answer within {seconds:g} seconds (timed out, tried {attempts} times): the store or the network is too slow now. Nothing was lost: this laptop keeps all its records and tries again at the next sync.</source>
        <translation>لم يُجب مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ خلال ⁨{seconds:g}⁩ ثانية (انتهت المهلة بعد ⁨{attempts}⁩ محاولات): المخزن أو الشبكة بطيئان جدًا الآن. لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويحاول مرة أخرى في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The object store {url} at {endpoint} cannot be reached ({problem}, tried {attempts} times). Nothing was lost: this laptop keeps all its records and tries again at the next sync.</source>
        <translation>تعذّر الوصول إلى مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ (⁨{problem}⁩، بعد ⁨{attempts}⁩ محاولات). لم يُفقد شيء: يحتفظ هذا الحاسوب بكل سجلاته ويحاول مرة أخرى في المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The bucket {bucket} does not exist at {endpoint}: check its name, or ask whoever runs the store to make it.</source>
        <translation>الحاوية ⁨{bucket}⁩ غير موجودة على ⁨{endpoint}⁩: تحقّق من اسمها، أو اطلب ممن يدير المخزن إنشاءها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The object store {url} at {endpoint} does not know the access key id {key_id}: check the key id the store gave for this group.</source>
        <translation>مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ لا يعرف معرّف مفتاح الوصول ⁨{key_id}⁩: تحقّق من المعرّف الذي أعطاه المخزن لهذه المجموعة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The object store {url} at {endpoint} refused the secret of the access key id {key_id}: type the secret again (join the store again).</source>
        <translation>رفض مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ سرّ معرّف مفتاح الوصول ⁨{key_id}⁩: اكتب السرّ مرة أخرى (انضم إلى المخزن مرة أخرى).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The access key id {key_id} may not {doing} in the object store {url} at {endpoint}: ask whoever runs the store to allow it.</source>
        <translation>لا يُسمح لمعرّف مفتاح الوصول ⁨{key_id}⁩ بـ⁨{doing}⁩ في مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩: اطلب ممن يدير المخزن السماح بذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The object store {url} at {endpoint} could not {doing} ({code}, HTTP {status}, tried {attempts} times). Nothing was lost: try again later.</source>
        <translation>تعذّر على مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ ⁨{doing}⁩ (⁨{code}⁩، HTTP ⁨{status}⁩، بعد ⁨{attempts}⁩ محاولات). لم يُفقد شيء: حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The object store {url} at {endpoint} holds no GroupDesk group (it has no {file}): check the bucket and prefix.</source>
        <translation>لا يحوي مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ أي مجموعة GroupDesk (ليس فيه ⁨{file}⁩): تحقّق من الحاوية والبادئة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The object store {url} at {endpoint} was made by a newer GroupDesk (format {version}); update GroupDesk on this laptop to use it.</source>
        <translation>أنشأ مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ إصدارٌ أحدث من GroupDesk (الصيغة ⁨{version}⁩)؛ حدّث GroupDesk على هذا الحاسوب لاستخدامه.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The object store {url} at {endpoint} already holds a group. To use it, join it instead.</source>
        <translation>مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩ يحوي مجموعة من قبل. لاستخدامه، انضم إليه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../services/sync/config.py" line="+163"/>
        <source>{place} is no longer where the group syncs: on {day} the group moved to {destination}. Sync through that instead.</source>
        <extracomment>The object store&apos;s endpoint, bucket, prefix, region and key id (JSON; never the secret). Seconds to wait for an object store&apos;s answer, and tries of each request, when not the transport&apos;s own (a slow link may need more; tests of faults need less). The data folder this was read from: a move of the group is followed for good there. Moves followed in one sync (a group moved back and forth while a laptop was away).</extracomment>
        <translation>‏⁨{place}⁩ لم يعد مكان مزامنة المجموعة: في ⁨{day}⁩ انتقلت المجموعة إلى ⁨{destination}⁩. زامن عبره بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place} is no longer where the group syncs: on {day} the group moved to {destination}, and this laptop cannot follow it there by itself ({problem}). Move this laptop there too, giving the secret of the access key id {key_id}.</source>
        <translation>‏⁨{place}⁩ لم يعد مكان مزامنة المجموعة: في ⁨{day}⁩ انتقلت المجموعة إلى ⁨{destination}⁩، ولا يستطيع هذا الحاسوب اللحاق بها هناك وحده (⁨{problem}⁩). انقل هذا الحاسوب إلى هناك أيضًا، مع سرّ معرّف مفتاح الوصول ⁨{key_id}⁩.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{place} is no longer where the group syncs: on {day} the group moved to {destination}, and this laptop cannot follow it there by itself ({problem}). Move this laptop there too: name the folder as this computer reaches it.</source>
        <translation>‏⁨{place}⁩ لم يعد مكان مزامنة المجموعة: في ⁨{day}⁩ انتقلت المجموعة إلى ⁨{destination}⁩، ولا يستطيع هذا الحاسوب اللحاق بها هناك وحده (⁨{problem}⁩). انقل هذا الحاسوب إلى هناك أيضًا: حدّد المجلد كما يصل إليه هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{place} belongs to a different key or group (group {group}, not this laptop&apos;s {own}).</source>
        <translation>‏⁨{place}⁩ لمفتاح آخر أو لمجموعة أخرى (المجموعة ⁨{group}⁩، لا ⁨{own}⁩ الخاصة بهذا الحاسوب).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place} belongs to a different key or group: the key in this computer&apos;s keyring does not open it. Join it again with the join code.</source>
        <translation>‏⁨{place}⁩ لمفتاح آخر أو لمجموعة أخرى: المفتاح في مخزن كلمات المرور على هذا الحاسوب لا يفتحه. انضم إليه مرة أخرى برمز الانضمام.</translation>
    </message>
    <message>
        <location filename="../../services/sync/store_location.py" line="+54"/>
        <source>The object store {url} at {endpoint}</source>
        <extracomment>S3&apos;s rule for bucket names (3–63 lowercase letters, digits, dots and dashes).</extracomment>
        <translation>مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the object store {url} at {endpoint}</source>
        <translation>مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>write the store as s3://BUCKET or s3://BUCKET/PREFIX</source>
        <translation>اكتب المخزن بالشكل s3://BUCKET أو s3://BUCKET/PREFIX</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{bucket!r} is not a bucket name: 3 to 63 lowercase letters, digits, dots or dashes</source>
        <translation>‏⁨{bucket!r}⁩ ليس اسم حاوية: من 3 إلى 63 حرفًا صغيرًا أو رقمًا أو نقطة أو شَرطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the prefix after the bucket may hold letters, digits, dots, dashes and underscores, in parts separated by /</source>
        <translation>قد تحوي البادئة بعد الحاوية حروفًا وأرقامًا ونقاطًا وشَرطات وشَرطات سفلية، في أجزاء تفصلها /</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the store&apos;s address, like https://s3.example.org</source>
        <translation>أدخل عنوان المخزن، مثل https://s3.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain http:// sends the key id and the names of the files unprotected: use https://, or allow it explicitly as insecure</source>
        <translation>يُرسل http:// العادي معرّف المفتاح وأسماء الملفات دون حماية: استخدم https://، أو اسمح به صراحةً على أنه غير آمن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the access key id the store gave for this group</source>
        <translation>أدخل معرّف مفتاح الوصول الذي أعطاه المخزن لهذه المجموعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not a file: give the CA certificate file (.pem)</source>
        <translation>‏⁨{file}⁩ ليس ملفًا: أدخل ملف شهادة جهة الإصدار (.pem)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>give the secret that goes with the key id</source>
        <translation>أدخل السرّ المرافق لمعرّف المفتاح</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sync folder {folder}</source>
        <translation>مجلد المزامنة ⁨{folder}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sync folder {folder}</source>
        <translation>مجلد المزامنة ⁨{folder}⁩</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This computer&apos;s keyring holds no secret for the access key id {key_id} of the object store {url} at {endpoint}: join the store again to type it.</source>
        <translation>لا يحوي مخزن كلمات المرور على هذا الحاسوب سرًّا لمعرّف مفتاح الوصول ⁨{key_id}⁩ في مخزن الكائنات ⁨{url}⁩ على ⁨{endpoint}⁩: انضم إلى المخزن مرة أخرى لكتابته.</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../../ui/sync/table_models.py" line="-64"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Laptop</source>
        <extracomment>Each column&apos;s text of a row, in the group&apos;s locale (for times).</extracomment>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last read here</source>
        <translation>آخر قراءة هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In effect</source>
        <translation>المعمول به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept aside</source>
        <translation>المحفوظ جانبًا</translation>
    </message>
</context>
<context>
    <name>SyncWarnings</name>
    <message>
        <location filename="../../services/sync/apply.py" line="+52"/>
        <source>Stopped before {name}: it would delete {deleting} of the {live} {table} on this laptop. Nothing from it was applied. If that is what your group meant, sync again and allow it.</source>
        <extracomment>Test hook: when set to a path, an import writes that file after merging its first file&apos;s changes (uncommitted) and waits, so a test can kill the process mid-import. Deleting fewer rows than this never trips the fail-safe (removing 2 of 3 is ordinary).</extracomment>
        <translation>توقّفت المزامنة قبل ⁨{name}⁩: كان سيحذف ⁨{deleting}⁩ من ⁨{live}⁩ ⁨{table}⁩ على هذا الحاسوب. لم يُطبَّق منه شيء. إن كان هذا ما قصدته مجموعتك، فزامن مرة أخرى واسمح به.</translation>
    </message>
    <message>
        <location filename="../../services/sync/clock_check.py" line="+131"/>
        <source>This laptop did not send its changes: this computer&apos;s clock is {days:.1f} days ahead of the clocks of {names}. Fix this computer&apos;s date and time, then sync again (if its clock is right after all, sync again and confirm it). Your changes are kept and will be sent then.</source>
        <extracomment>That laptop&apos;s own clock when it wrote the file (milliseconds since 1970, UTC). What it published: device → [the written time of that device&apos;s file it read, how far that time was ahead of its own clock then]. This laptop&apos;s own clock is wrong, by its side of the others: ahead, behind, or some of each.</extracomment>
        <translation>لم يُرسل هذا الحاسوب تغييراته: ساعته متقدمة بمقدار ⁨{days:.1f}⁩ يوم على ساعات ⁨{names}⁩. صحّح تاريخ هذا الحاسوب ووقته، ثم زامن مرة أخرى (وإن كانت ساعته صحيحة في الواقع، فزامن مرة أخرى وأكّد ذلك). تغييراتك محفوظة وستُرسل حينها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop did not send its changes: this computer&apos;s clock is {days:.1f} days behind the clocks of {names}. Fix this computer&apos;s date and time, then sync again (if its clock is right after all, sync again and confirm it). Your changes are kept and will be sent then.</source>
        <translation>لم يُرسل هذا الحاسوب تغييراته: ساعته متأخرة بمقدار ⁨{days:.1f}⁩ يوم عن ساعات ⁨{names}⁩. صحّح تاريخ هذا الحاسوب ووقته، ثم زامن مرة أخرى (وإن كانت ساعته صحيحة في الواقع، فزامن مرة أخرى وأكّد ذلك). تغييراتك محفوظة وستُرسل حينها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop did not send its changes: this computer&apos;s clock is {days:.1f} days off from the clocks of {names}. Fix this computer&apos;s date and time, then sync again (if its clock is right after all, sync again and confirm it). Your changes are kept and will be sent then.</source>
        <translation>لم يُرسل هذا الحاسوب تغييراته: ساعته تختلف بمقدار ⁨{days:.1f}⁩ يوم عن ساعات ⁨{names}⁩. صحّح تاريخ هذا الحاسوب ووقته، ثم زامن مرة أخرى (وإن كانت ساعته صحيحة في الواقع، فزامن مرة أخرى وأكّد ذلك). تغييراتك محفوظة وستُرسل حينها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{laptop}&apos;s clock is {days:.1f} days ahead of the clocks of {names}: its changes are read as usual, but ask whoever uses it to fix its date and time.</source>
        <extracomment>Another laptop&apos;s clock is wrong, by its side of the others.</extracomment>
        <translation>‏ساعة ⁨{laptop}⁩ متقدمة بمقدار ⁨{days:.1f}⁩ يوم على ساعات ⁨{names}⁩: تُقرأ تغييراته كالمعتاد، لكن اطلب ممن يستخدمه أن يصحّح تاريخه ووقته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{laptop}&apos;s clock is {days:.1f} days behind the clocks of {names}: its changes are read as usual, but ask whoever uses it to fix its date and time.</source>
        <translation>‏ساعة ⁨{laptop}⁩ متأخرة بمقدار ⁨{days:.1f}⁩ يوم عن ساعات ⁨{names}⁩: تُقرأ تغييراته كالمعتاد، لكن اطلب ممن يستخدمه أن يصحّح تاريخه ووقته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{laptop}&apos;s clock is {days:.1f} days off from the clocks of {names}: its changes are read as usual, but ask whoever uses it to fix its date and time.</source>
        <translation>‏ساعة ⁨{laptop}⁩ تختلف بمقدار ⁨{days:.1f}⁩ يوم عن ساعات ⁨{names}⁩: تُقرأ تغييراته كالمعتاد، لكن اطلب ممن يستخدمه أن يصحّح تاريخه ووقته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The clocks of {first} and {second} are {days:.1f} days apart, and there is no third laptop to tell which is right: check the date and time on both.</source>
        <translation>بين ساعتي ⁨{first}⁩ و⁨{second}⁩ فرق ⁨{days:.1f}⁩ يوم، ولا حاسوب ثالث يبيّن أيهما الصحيحة: راجع التاريخ والوقت على كليهما.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{first} and {last}</source>
        <translation>‏⁨{first}⁩ و⁨{last}⁩</translation>
    </message>
    <message>
        <location filename="../../services/sync/engine.py" line="+114"/>
        <source>the changes kept for this version</source>
        <translation>التغييرات المحفوظة لهذا الإصدار</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Skipped a change in {name} made by {author}: {table} {row}, {reason}. It cannot be applied; every laptop skips it.</source>
        <translation>تُخطّي تغيير في ⁨{name}⁩ أجراه ⁨{author}⁩: ⁨{table}⁩ ⁨{row}⁩، ⁨{reason}⁩. لا يمكن تطبيقه؛ وكل الحواسيب تتخطاه.</translation>
    </message>
    <message>
        <location filename="../../services/sync/joining.py" line="+36"/>
        <source>Joining is not finished: the group&apos;s settings have not arrived from the sync folder yet. This laptop sends nothing until they do; sync again later.</source>
        <translation>لم يكتمل الانضمام: لم تصل إعدادات المجموعة من مجلد المزامنة بعد. لن يُرسل هذا الحاسوب شيئًا حتى تصل؛ زامن مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../services/sync/own_files.py" line="+119"/>
        <source>The sync folder holds {name}, written under this laptop&apos;s id by another copy of this data folder (copied, or restored from a backup). This laptop now syncs under a new id ({fresh}; it was {old}), so the two copies stay apart.</source>
        <extracomment>Open one file to read part by part, its header and first part checked (`fmt.SyncFileError` if it cannot be).</extracomment>
        <translation>في مجلد المزامنة ⁨{name}⁩، كتبته بمعرّف هذا الحاسوب نسخةٌ أخرى من مجلد البيانات هذا (منسوخة، أو مستعادة من نسخة احتياطية). يتزامن هذا الحاسوب الآن بمعرّف جديد (⁨{fresh}⁩؛ وكان ⁨{old}⁩)، حتى تبقى النسختان منفصلتين.</translation>
    </message>
    <message>
        <location filename="../../services/sync/snapshot_check.py" line="+74"/>
        <source>Stopped before {name}, written by {writer}: it says {count} of its {rows} {table} are deleted, and the change files that would show it are gone. Nothing from it was applied. If your group did delete them, sync again and allow it.</source>
        <translation>توقّفت المزامنة قبل ⁨{name}⁩، الذي كتبه ⁨{writer}⁩: يقول إنه حُذف منه ⁨{count}⁩ من ⁨{rows}⁩ ⁨{table}⁩، وملفات التغييرات التي تُظهر ذلك لم تعد موجودة. لم يُطبَّق منه شيء. إن كانت مجموعتك قد حذفتها فعلًا، فزامن مرة أخرى واسمح بذلك.</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../../ui/grants/record_tabs.py" line="+49"/>
        <source>Result</source>
        <extracomment>What the last change did, or why it was refused (placed by `add_result_line`).</extracomment>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Delete</source>
        <extracomment>Asks before a removal; tests pass their own answer. The edit dialog open now (for keyboard users, screen readers and tests).</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted. The grant&apos;s History tab keeps what it was.</source>
        <translation>حُذف. يحتفظ تبويب «السجل» للمنحة بما كان عليه.</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <location filename="../../ui/theme.py" line="+97"/>
        <location line="+11"/>
        <source>Colours</source>
        <extracomment>The QSettings key; absent (or &quot;system&quot;) follows the system. Draws every part of a widget from the palette (the Windows styles keep some parts light). Reads the system&apos;s wish (a test stands in for a system that changes its mode).</extracomment>
        <translation>الألوان</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>As the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast (white on black)</source>
        <translation>تباين عالٍ (أبيض على أسود)</translation>
    </message>
</context>
<context>
    <name>TrancheDialog</name>
    <message>
        <location filename="../../ui/grants/payment_dialogs.py" line="+24"/>
        <source>Add a tranche</source>
        <translation>إضافة دفعة مجزأة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Save the tranche</source>
        <translation>حفظ الدفعة المجزأة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the tranche</source>
        <translation>تعديل الدفعة المجزأة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expected on</source>
        <translation>مت&amp;وقعة في</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No report: released on its day</source>
        <translation>بلا تقرير: تُصرف في يومها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released after &amp;report</source>
        <translation>تُصرف بعد ال&amp;تقرير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the {kind} report due {day}</source>
        <translation>التقرير ⁨{kind}⁩ المستحق في ⁨{day}⁩</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the amount</source>
        <translation>حدّد المبلغ</translation>
    </message>
</context>
<context>
    <name>UnbuiltPage</name>
    <message>
        <location filename="../../ui/pages/unbuilt.py" line="+21"/>
        <source>This part of GroupDesk is not built yet. Nothing is stored here so far.</source>
        <translation>هذا الجزء من GroupDesk لم يُبنَ بعد. لا شيء محفوظ هنا حتى الآن.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this page</source>
        <translation>حول هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="+44"/>
        <source>Undo message</source>
        <extracomment>How many actions back Ctrl+Z reaches.</extracomment>
        <translation>رسالة التراجع</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+38"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Close the message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the message (Edit → Undo still works)</source>
        <translation>إغلاق الرسالة (تحرير ← تراجع يبقى متاحًا)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undo: {what}</source>
        <translation>تراجع: ⁨{what}⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undoing…</source>
        <translation>جارٍ التراجع…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone: {what}</source>
        <translation>تم التراجع: ⁨{what}⁩</translation>
    </message>
</context>
<context>
    <name>Upgrading</name>
    <message>
        <location filename="../../ui/upgrading.py" line="+81"/>
        <source>This version of GroupDesk brings your group&apos;s records up to date. A backup of them is made first, so nothing can be lost.

For a large group this takes a few minutes; please leave GroupDesk open.</source>
        <translation>يحدّث هذا الإصدار من GroupDesk سجلات مجموعتك. تُؤخذ منها نسخة احتياطية أولًا، فلا يضيع شيء.

يستغرق ذلك بضع دقائق في المجموعات الكبيرة؛ يُرجى إبقاء GroupDesk مفتوحًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Updating GroupDesk</source>
        <translation>جارٍ تحديث GroupDesk</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>GroupDesk cannot open this group</source>
        <translation>لا يستطيع GroupDesk فتح هذه المجموعة</translation>
    </message>
</context>
<context>
    <name>UpkeepDialog</name>
    <message>
        <location filename="../../ui/resources/upkeep_dialogs.py" line="-73"/>
        <source>Log upkeep of {item}</source>
        <translation>تسجيل صيانة ⁨{item}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done &amp;on</source>
        <translation>أُنجزت &amp;في</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new blade, serviced, cleaned…</source>
        <translation>شفرة جديدة، صيانة دورية، تنظيف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done</source>
        <translation>&amp;ما الذي أُنجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost</source>
        <translation>ال&amp;تكلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: nothing spent</source>
        <translation>فارغ: لم يُنفق شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done b&amp;y</source>
        <translation>&amp;أنجزها من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the &amp;plan</source>
        <translation>ضمن ال&amp;خطة</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <location filename="../../ui/resources/row_dialogs.py" line="-43"/>
        <source>Waive the late fee of {fee} on {item}, lent to {who}</source>
        <translation>الإعفاء من رسوم التأخير ⁨{fee}⁩ على ⁨{item}⁩، المُعار لـ ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waived b&amp;y</source>
        <translation>أعفى &amp;منها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose who waives it from the list</source>
        <translation>اختر من القائمة من يعفي منها</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Reserved{count}: {who}</source>
        <translation type="vanished">محجوز⁨{count}⁩: ⁨{who}⁩</translation>
    </message>
    <message>
        <source>Overdue{count}: {who}</source>
        <translation type="vanished">متأخر⁨{count}⁩: ⁨{who}⁩</translation>
    </message>
    <message>
        <source>Lent{count}: {who}</source>
        <translation type="vanished">مُعار⁨{count}⁩: ⁨{who}⁩</translation>
    </message>
    <message>
        <location filename="../../ui/resources/week.py" line="+114"/>
        <source>Reserved ×{n}: {who}</source>
        <translation>محجوز ⁨×{n}⁩: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved: {who}</source>
        <translation>محجوز: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue ×{n}: {who}</source>
        <translation>متأخر ⁨×{n}⁩: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue: {who}</source>
        <translation>متأخر: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lent ×{n}: {who}</source>
        <translation>مُعار ⁨×{n}⁩: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lent: {who}</source>
        <translation>مُعار: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Clash</source>
        <translation>⚠ تعارض</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>free</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Item</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} (today)</source>
        <translation>‏⁨{day}⁩ (اليوم)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location line="+20"/>
        <source>◀ &amp;Previous week</source>
        <translation>▶ الأسبوع ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;his week</source>
        <translation>&amp;هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>الأسبوع ال&amp;تالي ◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week before (Alt+Left)</source>
        <translation>الأسبوع السابق (Alt+يسار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week after (Alt+Right)</source>
        <translation>الأسبوع التالي (Alt+يمين)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week shown</source>
        <translation>الأسبوع المعروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only items &amp;booked this week</source>
        <translation>الأغراض ال&amp;محجوزة هذا الأسبوع فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only items booked this week</source>
        <translation>الأغراض المحجوزة هذا الأسبوع فقط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loans and reservations by day</source>
        <translation>الإعارات والحجوزات حسب اليوم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Green: lent · Blue: reserved · Orange: overdue · Red: more out than there is</source>
        <translation>أخضر: مُعار · أزرق: محجوز · برتقالي: متأخر · أحمر: الخارج أكثر من الموجود</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing is lent or reserved this week.</source>
        <translation>لا شيء مُعار أو محجوز هذا الأسبوع.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{first} to {last}</source>
        <translation>من ⁨{first}⁩ إلى ⁨{last}⁩</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="+44"/>
        <location line="+11"/>
        <source>Welcome to GroupDesk</source>
        <translation>مرحبًا بك في GroupDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your group&apos;s members, meetings, shared resources and grants on this laptop. It works without internet, and your records stay with you.</source>
        <translation>احفظ أعضاء مجموعتك واجتماعاتها ومواردها المشتركة ومنحها على هذا الحاسوب. يعمل دون إنترنت، وتبقى سجلاتك معك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try the demo</source>
        <translation>&amp;جرّب العرض التجريبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a made-up group to explore; your data is separate.</source>
        <translation>يفتح مجموعة وهمية لاستكشافها؛ بياناتك منفصلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create our group</source>
        <translation>إ&amp;نشاء مجموعتنا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Join our group&apos;s sync folder</source>
        <translation>&amp;الانضمام إلى مجلد مزامنة مجموعتنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another laptop of the group already uses GroupDesk: get everything from it.</source>
        <translation>حاسوب آخر للمجموعة يستخدم GroupDesk بالفعل: احصل على كل شيء منه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joining result</source>
        <translation>نتيجة الانضمام</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Riverside Neighbours</source>
        <translation>مثلًا: جيران ضفة النهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is your group &amp;called?</source>
        <translation>ما ا&amp;سم مجموعتك؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which c&amp;urrency do you use?</source>
        <translation>أي &amp;عملة تستخدمون؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How dates, numbers and money are written. Type to search, or type a code.</source>
        <translation>طريقة كتابة التواريخ والأرقام والمبالغ. اكتب للبحث، أو اكتب رمزًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language and region</source>
        <translation>ال&amp;لغة والمنطقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paper you print on</source>
        <translation>ال&amp;ورق الذي تطبعون عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the &amp;group</source>
        <translation>إنشاء ال&amp;مجموعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+33"/>
        <source>Joining…</source>
        <translation>جارٍ الانضمام…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Joined, but the sync folder holds no group yet: sync the other laptop first, then try again.</source>
        <translation>تم الانضمام، لكن مجلد المزامنة لا يحتوي على مجموعة بعد: زامن الحاسوب الآخر أولًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not join: {error}</source>
        <translation>تعذّر الانضمام: ⁨{error}⁩</translation>
    </message>
</context>
</TS>
