<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <extracomment>Heading of the account screen (ENT: Mon compte)</extracomment>
        <translation>حسابي (Mon compte)</translation>
    </message>
    <message>
        <source>My password</source>
        <extracomment>Section heading of My account, above the fields; not the words of its button (Changer mon mot de passe), which a screen reader would then hear twice</extracomment>
        <translation>كلمة مروري</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Label of the current password field
----------
Same as the label of the field</extracomment>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password field
----------
Same as the label of the field</extracomment>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again
----------
Same as the label of the field</extracomment>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Change my password</source>
        <extracomment>Same as the button text
----------
Sends the password change to the ENT</extracomment>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>My personal e-mail address</source>
        <extracomment>Section heading (ENT: Mon adresse de messagerie personnelle)</extracomment>
        <translation>بريدي الإلكتروني الشخصي</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <extracomment>Label of the field for the new recovery e-mail address
----------
Same as the label of the field</extracomment>
        <translation>البريد الإلكتروني الجديد</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <extracomment>Same as the button text
----------
Asks the ENT to e-mail a code to the new address</extracomment>
        <translation>أرسل لي رمزًا</translation>
    </message>
    <message>
        <source>Code received by e-mail</source>
        <extracomment>Label of the field for the 6-digit code
----------
Same as the label of the field</extracomment>
        <translation>الرمز الذي وصلك بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Your previous address, if you had one, gets an e-mail telling it about this change.</source>
        <extracomment>Note under the code field: the ENT warns the old address</extracomment>
        <translation>إذا كان لديك بريد إلكتروني سابق، فستصله رسالة عن هذا التغيير.</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <extracomment>Same as the button text
----------
Sends the code to the ENT</extracomment>
        <translation>تأكيد الرمز</translation>
    </message>
    <message>
        <source>Keep your account safe</source>
        <extracomment>Section heading of the security advice</extracomment>
        <translation>احمِ حسابك</translation>
    </message>
    <message>
        <source>Change your password from time to time, here in My account. If you write it down, keep it somewhere safe and never give it to anyone. Add a personal e-mail address that only you read: it lets you get back into your account. When you have finished, always sign out; on a computer that others use, do not tick &quot;Remember me&quot;.</source>
        <extracomment>Security advice, after the ENT&apos;s guide (Rappel des consignes de sécurité)</extracomment>
        <translation>غيّر كلمة المرور من وقت لآخر، هنا في حسابي (Mon compte). إذا كتبتها على ورقة، فاحفظها في مكان آمن ولا تعطها لأحد أبدًا. أضف بريدًا إلكترونيًا شخصيًا لا يقرؤه أحد غيرك: يساعدك على العودة إلى حسابك. عندما تنتهي، سجّل خروجك دائمًا؛ وعلى جهاز يستعمله آخرون، لا تختر «تذكرني (Se souvenir de moi)».</translation>
    </message>
    <message>
        <source>Signed in on other devices?</source>
        <extracomment>Section heading of signing out everywhere</extracomment>
        <translation>هل أنت متصل على أجهزة أخرى؟</translation>
    </message>
    <message>
        <source>Sign out of all my devices</source>
        <extracomment>Same as the button text
----------
Starts signing out everywhere; a confirmation follows (ENT: Se déconnecter de tous mes appareils)</extracomment>
        <translation>تسجيل الخروج من كل أجهزتي</translation>
    </message>
    <message>
        <source>This signs you out on every other device, the phone app included. Continue?</source>
        <extracomment>Confirmation before signing out everywhere</extracomment>
        <translation>سيتم تسجيل خروجك من كل أجهزتك الأخرى، ومنها تطبيق الهاتف. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>Yes, sign out everywhere</source>
        <extracomment>Same as the button text
----------
Confirms signing out of all devices</extracomment>
        <translation>نعم، سجّل خروجي من كل مكان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Same as the button text
----------
Keeps the other devices signed in</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Back to the signed-in screen</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text
----------
Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>Activate your account</source>
        <extracomment>Title of the first-time activation screen (ENT: Activation de votre compte)</extracomment>
        <translation>فعّل حسابك</translation>
    </message>
    <message>
        <source>Choose your password. You will use it with your identifier every time you sign in.</source>
        <extracomment>Introduction of the activation screen</extracomment>
        <translation>اختر كلمة المرور. ستستعملها مع اسم المستخدم في كل مرة تسجّل فيها الدخول.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Caption of the identifier being activated (ENT: Identifiant)</extracomment>
        <translation>اسم المستخدم (Identifiant LEO)</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the first password field at activation (ENT: Mot de passe)</extracomment>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <extracomment>Label of the confirmation field at activation (ENT: Confirmation du mot de passe)</extracomment>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>The ENT is a school service. Your account is personal: keep your password secret and never use someone else&apos;s account. What you publish must respect others and the school rules. Your data is used only for school purposes.</source>
        <extracomment>Short version of the terms of use shown at activation</extracomment>
        <translation>منصة ENT خدمة من مدرستك. حسابك شخصي: احفظ كلمة المرور سرًّا، ولا تستعمل أبدًا حساب شخص آخر. ما تنشره يجب أن يحترم الآخرين وقوانين المدرسة. تُستعمل بياناتك لأغراض مدرسية فقط.</translation>
    </message>
    <message>
        <source>I accept the terms of use</source>
        <extracomment>Required box at activation when the ENT asks for the terms of use (ENT: J&apos;accepte les conditions d&apos;utilisation)</extracomment>
        <translation>أقبل شروط الاستخدام</translation>
    </message>
</context>
<context>
    <name>AdminPanelPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Title of the admin panel (French: Administration)</extracomment>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <extracomment>Heading of the diagnostics report in the admin panel (French: Diagnostic)</extracomment>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <extracomment>Same as the heading of the diagnostics report, without the mnemonic</extracomment>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Leaves the admin panel for the kiosk (French: Retour)</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Reload the configuration</source>
        <extracomment>Same as the button text
----------
Reads the configuration again and restarts the kiosk with it (French: Recharger la configuration)</extracomment>
        <translation>إعادة تحميل الإعدادات</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Same as the button text
----------
Ends the session and closes the kiosk program (French: Quitter)</extracomment>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Title of the admin PIN prompt (French: Administration)</extracomment>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Enter the administrator code to see the diagnostics or to leave the kiosk.</source>
        <extracomment>Introduction of the admin PIN prompt</extracomment>
        <translation>أدخل رمز المسؤول لرؤية التشخيص أو للخروج من برنامج الجهاز.</translation>
    </message>
    <message>
        <source>&amp;Administrator code</source>
        <extracomment>Label of the admin PIN field (French: Code administrateur)</extracomment>
        <translation>رمز المسؤول</translation>
    </message>
    <message>
        <source>Administrator code</source>
        <extracomment>Same as the label of the admin PIN field, without the mnemonic</extracomment>
        <translation>رمز المسؤول</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Leaves the admin PIN prompt (French: Retour)</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>VALIDATE</source>
        <extracomment>Same as the button text
----------
Checks the admin PIN, in capitals as the ENT buttons (French: VALIDER)</extracomment>
        <translation>تأكيد</translation>
    </message>
</context>
<context>
    <name>AssistancePage</name>
    <message>
        <source>Do you want to contact the help desk?</source>
        <extracomment>Title of the assistance screen (ENT: Vous souhaitez contacter l&apos;assistance ?)</extracomment>
        <translation>هل تريد الاتصال بالدعم؟</translation>
    </message>
    <message>
        <source>Ask an adult</source>
        <extracomment>Heading on the assistance screen (no ENT text: Demander à un adulte)</extracomment>
        <translation>اسأل شخصًا بالغًا</translation>
    </message>
    <message>
        <source>A teacher or the CPE can generate a renewal code for you. Then choose &quot;I received a code&quot; and type it in.</source>
        <extracomment>On the assistance screen, under &quot;Ask an adult&quot;</extracomment>
        <translation>يمكن لأستاذ أو للمستشار التربوي (CPE) أن ينشئ لك رمز تجديد. بعد ذلك اختر «وصلني رمز» واكتبه.</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Opens the screen where a renewal code is typed (no ENT text: J&apos;ai reçu un code)</extracomment>
        <translation>وصلني رمز</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <source>LEO</source>
        <extracomment>Name of the ENT, read out for its logo</extracomment>
        <translation>LEO</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Same as the button text
----------
Opens the sign-in screen from the welcome screen (French: Se connecter)</extracomment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen from the welcome screen (French: Mot de passe oublié ?)</extracomment>
        <translation>نسيت كلمة المرور؟</translation>
    </message>
</context>
<context>
    <name>EntMessages</name>
    <message>
        <source>The ENT refused the request.</source>
        <translation>رفضت منصة ENT الطلب.</translation>
    </message>
    <message>
        <source>You must accept the terms of use.</source>
        <translation>يجب أن تقبل شروط الاستخدام.</translation>
    </message>
    <message>
        <source>The identifier is missing.</source>
        <translation>اسم المستخدم ناقص.</translation>
    </message>
    <message>
        <source>The activation code is missing.</source>
        <translation>رمز التفعيل ناقص.</translation>
    </message>
    <message>
        <source>Enter your new password.</source>
        <translation>أدخل كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>The password does not follow the ENT&apos;s rule.</source>
        <translation>كلمة المرور لا تحترم قاعدة منصة ENT.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>البريد الإلكتروني مطلوب.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</source>
        <translation>البريد الإلكتروني غير صحيح. تحقّق منه، مثلًا: prenom.nom@example.fr</translation>
    </message>
    <message>
        <source>The ENT does not accept this e-mail address. Use another one.</source>
        <translation>منصة ENT لا تقبل هذا البريد الإلكتروني. استعمل بريدًا آخر.</translation>
    </message>
    <message>
        <source>The mobile phone number is required.</source>
        <translation>رقم الهاتف المحمول مطلوب.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Type a mobile number, for example 06 12 34 56 78.</source>
        <translation>رقم الهاتف هذا غير صحيح. اكتب رقم هاتف محمول، مثلًا ‎06 12 34 56 78.</translation>
    </message>
    <message>
        <source>This number is not a mobile phone number. Type a number that starts with 06 or 07.</source>
        <translation>هذا الرقم ليس رقم هاتف محمول. اكتب رقمًا يبدأ بـ 06 أو 07.</translation>
    </message>
    <message>
        <source>Premium-rate numbers are not allowed. Type your mobile phone number.</source>
        <translation>الأرقام ذات التكلفة الإضافية غير مسموح بها. اكتب رقم هاتفك المحمول.</translation>
    </message>
    <message>
        <source>The activation code is wrong, or the account is already activated. Check your identifier and your code.</source>
        <translation>رمز التفعيل خاطئ، أو الحساب مفعّل مسبقًا. تحقّق من اسم المستخدم ومن الرمز.</translation>
    </message>
    <message>
        <source>Your account looks like a duplicate of another one, which prevents its activation. Please contact your school&apos;s ENT administrator.</source>
        <translation>يبدو أن حسابك نسخة مكررة من حساب آخر، وهذا يمنع تفعيله. اتصل بمسؤول منصة ENT في مدرستك.</translation>
    </message>
    <message>
        <source>The ENT cannot be reached. Check the network connection or try again in a moment.</source>
        <translation>لا يمكن الوصول إلى منصة ENT. تحقّق من الاتصال بالشبكة أو أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The ENT did not answer in time. Please try again in a moment.</source>
        <translation>لم تُجب منصة ENT في الوقت المحدد. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate is not valid yet: the kiosk&apos;s date or time is wrong. Please tell the IT staff.</source>
        <translation>حسب ساعة هذا الجهاز (‎%1)، شهادة منصة ENT غير صالحة بعد: تاريخ الجهاز أو وقته خاطئ. أخبر قسم المعلوماتية.</translation>
    </message>
    <message>
        <source>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate has expired: the kiosk&apos;s date or time is probably wrong. Please tell the IT staff.</source>
        <translation>حسب ساعة هذا الجهاز (‎%1)، انتهت صلاحية شهادة منصة ENT: تاريخ الجهاز أو وقته خاطئ على الأرجح. أخبر قسم المعلوماتية.</translation>
    </message>
    <message>
        <source>The connection to the ENT is not secure (certificate problem). Please tell the IT staff.</source>
        <translation>الاتصال بمنصة ENT غير آمن (مشكلة في الشهادة). أخبر قسم المعلوماتية.</translation>
    </message>
    <message>
        <source>The ENT sent an answer that the kiosk does not understand. Please try again or tell the IT staff.</source>
        <translation>أرسلت منصة ENT ردًّا لا يفهمه الجهاز. أعد المحاولة أو أخبر قسم المعلوماتية.</translation>
    </message>
    <message>
        <source>The ENT has a technical problem. Please try again later.</source>
        <translation>في منصة ENT مشكلة تقنية. أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>أنت غير متصل، أو انتهت جلستك. سجّل الدخول من جديد.</translation>
    </message>
    <message>
        <source>The identifier or the password is incorrect.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيح.</translation>
    </message>
    <message>
        <source>For security reasons, your account is temporarily blocked after too many sign-in attempts. Please try again later.</source>
        <translation>لأسباب أمنية، حسابك مقفل مؤقتًا بعد محاولات دخول كثيرة جدًّا. أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Your school&apos;s administrator has blocked your access to your educational network. Please contact them.</source>
        <translation>أوقف مسؤول مدرستك وصولك إلى شبكتك التعليمية. اتصل به.</translation>
    </message>
    <message>
        <source>Access to your educational network is temporarily blocked for your user profile.</source>
        <translation>الوصول إلى شبكتك التعليمية موقوف مؤقتًا لنوع حسابك.</translation>
    </message>
    <message>
        <source>Your educational network is temporarily unavailable. The team is doing its utmost to fix it as quickly as possible.</source>
        <translation>شبكتك التعليمية غير متاحة مؤقتًا. الفريق يبذل كل جهده لإصلاحها بأسرع وقت.</translation>
    </message>
    <message>
        <source>This sign-in method is not allowed.</source>
        <translation>طريقة تسجيل الدخول هذه غير مسموح بها.</translation>
    </message>
    <message>
        <source>You typed an activation code: your account is not activated yet. Activate it on the ENT website first.</source>
        <translation>كتبت رمز تفعيل: حسابك غير مفعّل بعد. فعّله أولًا على موقع منصة ENT.</translation>
    </message>
    <message>
        <source>You typed a password reset code. Choose your new password.</source>
        <translation>كتبت رمز إعادة تعيين كلمة المرور. اختر كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Too many people are connected to the ENT right now. Please try again in a few minutes.</source>
        <translation>عدد كبير جدًّا من الأشخاص متصلون بمنصة ENT الآن. أعد المحاولة بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>The kiosk is not correctly registered with the ENT. Please tell the IT staff.</source>
        <translation>هذا الجهاز غير مسجَّل بشكل صحيح لدى منصة ENT. أخبر قسم المعلوماتية.</translation>
    </message>
    <message>
        <source>The ENT asks for an extra security check before this. Finish it on the ENT website.</source>
        <extracomment>The ENT asks this account (staff with admin functions) for a multi-factor check the kiosk cannot do</extracomment>
        <translation>تطلب منصة ENT تحققًا أمنيًا إضافيًا قبل ذلك. أكمله على موقع منصة ENT.</translation>
    </message>
    <message>
        <source>The ENT did not accept the change: your current password is wrong, or your account is temporarily blocked after too many attempts. Check your current password and try again in a few minutes, or, on the sign-in screen, choose &quot;Need help?&quot; then &quot;Have you lost your password?&quot;.</source>
        <extracomment>The ENT answers the same refusal for a wrong current password and a temporarily blocked account</extracomment>
        <translation>لم تقبل منصة ENT التغيير: كلمة المرور الحالية خاطئة، أو حسابك مقفل مؤقتًا بعد محاولات كثيرة جدًّا. تحقّق من كلمة المرور الحالية وأعد المحاولة بعد بضع دقائق، أو اختر في شاشة تسجيل الدخول «بحاجة إلى مساعدة؟ (Besoin d&apos;aide ?‎)» ثم «هل فقدت كلمة المرور؟».</translation>
    </message>
</context>
<context>
    <name>EntStatusBanner</name>
    <message>
        <source>Try again</source>
        <extracomment>Same as the button text</extracomment>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>TRY AGAIN</source>
        <extracomment>Button of the &apos;ENT unreachable&apos; banner: try to reach the ENT now (RÉESSAYER)</extracomment>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>ForcedPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <extracomment>Heading of the forced password change after sign-in (ENT: Changement de mot de passe obligatoire)</extracomment>
        <translation>اختر كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Your school asks you to change your password before going on. Once it is changed, sign in again with the new one.</source>
        <extracomment>Why the forced change page is shown</extracomment>
        <translation>تطلب منك مدرستك تغيير كلمة المرور قبل المتابعة. بعد تغييرها، سجّل الدخول من جديد بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Label of the current password field
----------
Same as the label of the field</extracomment>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password field
----------
Same as the label of the field</extracomment>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again
----------
Same as the label of the field</extracomment>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Change my password</source>
        <extracomment>Same as the button text
----------
Sends the forced password change to the ENT</extracomment>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text
----------
Gives up and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPage</name>
    <message>
        <source>Have you lost your password?</source>
        <extracomment>Title of the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)</extracomment>
        <translation>هل فقدت كلمة المرور؟</translation>
    </message>
    <message>
        <source>Enter your sign-in identifier to receive the instructions to change your password.</source>
        <extracomment>ENT: Entrez votre identifiant de connexion pour recevoir les instructions pour changer votre mot de passe.</extracomment>
        <translation>أدخل اسم المستخدم لتصلك تعليمات تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the identifier field (ENT: Identifiant)</extracomment>
        <translation>اسم المستخدم (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>اسم المستخدم (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>اسم المستخدم في LEO، بالشكل prénom.nom (الاسم الأول.اسم العائلة)</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the identifier field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>prénom.nom</translation>
    </message>
    <message>
        <source>Send it:</source>
        <extracomment>Before the choice between e-mail and SMS for the reset message (ENT: Envoyer un mail / Envoyer un sms)</extracomment>
        <translation>طريقة الإرسال:</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>By &amp;e-mail</source>
        <extracomment>Sends the reset message by e-mail (ENT: Envoyer un mail)</extracomment>
        <translation>بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>By SMS</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>برسالة SMS</translation>
    </message>
    <message>
        <source>By &amp;SMS</source>
        <extracomment>Sends the reset code by SMS to the pupil&apos;s mobile (ENT: Envoyer un sms)</extracomment>
        <translation>برسالة SMS</translation>
    </message>
    <message>
        <source>SEND</source>
        <extracomment>Same as the button text
----------
Sends the reset message, in capitals as on the ENT (ENT: ENVOYER)</extracomment>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Same as the button text
----------
Opens the screen where the received code is typed; the same words as on the help screen (J&apos;ai reçu un code)</extracomment>
        <translation>وصلني رمز</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Need help?</source>
        <extracomment>Title of the help screen (ENT: Besoin d&apos;aide ?)</extracomment>
        <translation>بحاجة إلى مساعدة؟ (Besoin d&apos;aide ?‎)</translation>
    </message>
    <message>
        <source>Just give the following information and we will help you get into your account.</source>
        <extracomment>Introduction of the help screen (ENT: Fournissez simplement les informations suivantes et nous vous aiderons à accéder à votre compte.)</extracomment>
        <translation>أعطنا المعلومات التالية فقط، وسنساعدك على الدخول إلى حسابك.</translation>
    </message>
    <message>
        <source>Have you lost your password?</source>
        <extracomment>Help topic that opens the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)</extracomment>
        <translation>هل فقدت كلمة المرور؟</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Help topic for a pupil who already has a reset code or the e-mailed link (no ENT text: J&apos;ai reçu un code)</extracomment>
        <translation>وصلني رمز</translation>
    </message>
    <message>
        <source>Have you lost your identifier?</source>
        <extracomment>Help topic that opens the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)</extracomment>
        <translation>هل فقدت اسم المستخدم؟</translation>
    </message>
    <message>
        <source>Still lost?</source>
        <extracomment>Help topic that opens the step-by-step guide (ENT: Vous êtes toujours perdu ?)</extracomment>
        <translation>ما زلت بحاجة إلى مساعدة؟</translation>
    </message>
    <message>
        <source>Do you want to contact the help desk?</source>
        <extracomment>Help topic that opens the school&apos;s contacts (ENT: Vous souhaitez contacter l&apos;assistance ?)</extracomment>
        <translation>هل تريد الاتصال بالدعم؟</translation>
    </message>
</context>
<context>
    <name>HelpPupilPage</name>
    <message>
        <source>Help a pupil</source>
        <extracomment>Title of the screen where a teacher or the CPE makes a password code for a pupil (ENT: Aider un élève)</extracomment>
        <translation>مساعدة تلميذ</translation>
    </message>
    <message>
        <source>Choose one of your classes, then the pupil. Or type the pupil&apos;s identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: what to do on the first step</extracomment>
        <translation>اختر أحد أقسامك، ثم التلميذ. أو اكتب اسم المستخدم الخاص بالتلميذ.</translation>
    </message>
    <message>
        <source>The ENT gives no class for your account here: type the pupil&apos;s identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: when userinfo gives the adult no class ids (an OAuth client, or no class)</extracomment>
        <translation>لا تذكر منصة ENT أي قسم لحسابك هنا: اكتب اسم المستخدم الخاص بالتلميذ.</translation>
    </message>
    <message>
        <source>Your classes</source>
        <extracomment>&quot;Aider un élève&quot;: the list of the adult&apos;s classes (radio buttons)</extracomment>
        <translation>أقسامك</translation>
    </message>
    <message>
        <source>Pupils of the class</source>
        <extracomment>&quot;Aider un élève&quot;: the pupils of the chosen class (radio buttons)</extracomment>
        <translation>تلاميذ القسم</translation>
    </message>
    <message>
        <source>Or the pupil&apos;s identifier</source>
        <extracomment>&quot;Aider un élève&quot;: label of the field where the adult types the pupil&apos;s login (ENT: Identifiant)</extracomment>
        <translation>أو اسم المستخدم الخاص بالتلميذ</translation>
    </message>
    <message>
        <source>The code replaces any code the pupil received by e-mail. Nothing is sent to the pupil: you will read the code out.</source>
        <extracomment>&quot;Aider un élève&quot;: under the confirmation</extracomment>
        <translation>يحلّ هذا الرمز محل أي رمز وصل التلميذ بالبريد الإلكتروني. لن يُرسَل أي شيء إلى التلميذ: ستقرأ له الرمز بنفسك.</translation>
    </message>
    <message>
        <source>Valid once, for a limited time (one hour on an ENT with its default settings). It replaces any code the pupil received by e-mail.</source>
        <extracomment>&quot;Aider un élève&quot;: the code&apos;s validity (ENT Core: reset-code-expire-delay, 1 h by default)</extracomment>
        <translation>صالح مرة واحدة، لمدة محدودة (ساعة واحدة مع الإعدادات الافتراضية لمنصة ENT). يحلّ محل أي رمز وصل التلميذ بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Let the pupil type it now.</source>
        <extracomment>&quot;Aider un élève&quot;: the instruction under the code (ENT wording: Laissez l&apos;élève le saisir maintenant)</extracomment>
        <translation>دع التلميذ يكتبه الآن.</translation>
    </message>
    <message>
        <source>Handing over signs you out of the kiosk; the pupil then types the code and chooses a new password.</source>
        <extracomment>&quot;Aider un élève&quot;: under the code, what the hand-over does</extracomment>
        <translation>عند تسليم الجهاز، يُسجَّل خروجك منه؛ ثم يكتب التلميذ الرمز ويختار كلمة مرور جديدة.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>Heading of the full-screen idle warning (Vous êtes toujours là ?)</extracomment>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <extracomment>Same as the button text
----------
The big button that keeps the session (Je suis encore là)</extracomment>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AccountPage</name>
    <message>
        <source>Saving…</source>
        <extracomment>The change-password button while the ENT is saving the new password</extracomment>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <extracomment>After a successful password change on the account screen</extracomment>
        <translation>تم تغيير كلمة المرور. استعمل كلمة المرور الجديدة من الآن.</translation>
    </message>
    <message>
        <source>Your password has been reset. Add a personal e-mail address now: next time you will be able to get a new password on your own. You can also do it later (Back).</source>
        <extracomment>Mon compte, just after signing in with a new password, for an account without a verified personal e-mail (the ENT guide&apos;s advice). &quot;Back&quot; skips it</extracomment>
        <translation>تمت إعادة تعيين كلمة المرور. أضف الآن بريدًا إلكترونيًا شخصيًا: في المرة القادمة ستتمكن من الحصول على كلمة مرور جديدة بنفسك. يمكنك أيضًا فعل ذلك لاحقًا (رجوع).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Account screen, while the ENT is asked for the personal e-mail address</extracomment>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>You have no personal e-mail address yet.</source>
        <extracomment>Account screen: the account has no personal e-mail address</extracomment>
        <translation>ليس لديك بريد إلكتروني شخصي بعد.</translation>
    </message>
    <message>
        <source>Current address: %1</source>
        <extracomment>Account screen; %1 is the current personal e-mail address, masked (a…s@exemple.fr)</extracomment>
        <translation>البريد الحالي: %1</translation>
    </message>
    <message>
        <source>Waiting for confirmation: a code was sent to %1.</source>
        <extracomment>State of the e-mail address change; %1 is the new address waiting for its code, masked (a…s@exemple.fr)</extracomment>
        <translation>في انتظار التأكيد: أُرسل رمز إلى %1.</translation>
    </message>
    <message>
        <source>This address is confirmed.</source>
        <extracomment>State of the personal e-mail address: proven by a code
----------
State of the personal e-mail address: never proven by a code</extracomment>
        <translation>هذا البريد مؤكَّد.</translation>
    </message>
    <message>
        <source>The code is no longer valid: too many wrong tries. Ask for a new code.</source>
        <extracomment>State of the e-mail address change: five wrong codes; a new code must be asked for</extracomment>
        <translation>الرمز لم يعد صالحًا: محاولات خاطئة كثيرة جدًّا. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The code is no longer valid: it has expired. Ask for a new code.</source>
        <extracomment>State of the e-mail address change: the code expired; a new code must be asked for</extracomment>
        <translation>الرمز لم يعد صالحًا: انتهت مدته. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>This address is not confirmed yet.</source>
        <translation>هذا البريد غير مؤكَّد بعد.</translation>
    </message>
    <message>
        <source>Time left: %1.</source>
        <extracomment>Under the e-mail code field; %1 is minutes:seconds left, e.g. 9:05</extracomment>
        <translation>الوقت المتبقي: %1.</translation>
    </message>
    <message>
        <source>The code has expired: ask for a new one.</source>
        <extracomment>Under the e-mail code field, once the code&apos;s time is up</extracomment>
        <translation>انتهت مدة الرمز: اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <extracomment>Under the e-mail code field: how many wrong codes may still be typed</extracomment>
        <translation>المحاولات المتبقية: %1.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <extracomment>The send-code button while the ENT is sending the e-mail</extracomment>
        <translation>انتظر من فضلك…</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>أرسل لي رمزًا</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <extracomment>The typed e-mail address is not one</extracomment>
        <translation>هذا لا يشبه عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Your new address is confirmed and saved.</source>
        <extracomment>After the right code: the new personal e-mail address is saved</extracomment>
        <translation>تم تأكيد بريدك الجديد وحفظه.</translation>
    </message>
    <message>
        <source>This code is not right. Check it and try again.</source>
        <extracomment>After a wrong e-mail code</extracomment>
        <translation>هذا الرمز غير صحيح. تحقّق منه وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Your other devices and the phone app are signed out.</source>
        <extracomment>After signing out everywhere: this terminal stays signed in until Sign out</extracomment>
        <translation>تم تسجيل الخروج من أجهزتك الأخرى ومن تطبيق الهاتف.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ActivationPage</name>
    <message>
        <source>The kiosk could not read your account on the ENT, so it cannot activate it here without losing your e-mail address and mobile number. Activate your account on the ENT website.</source>
        <translation>لم يتمكن الجهاز من قراءة حسابك في منصة ENT، لذلك لا يمكنه تفعيله هنا دون أن يمحو بريدك الإلكتروني ورقم هاتفك المحمول. فعّل حسابك على موقع منصة ENT.</translation>
    </message>
    <message>
        <source>Your account is activated. Sign in with your new password.</source>
        <extracomment>On the sign-in screen, with the identifier filled in, once the ENT activated the account</extracomment>
        <translation>تم تفعيل حسابك. سجّل الدخول بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>البريد الإلكتروني مطلوب.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</source>
        <translation>البريد الإلكتروني غير صحيح. تحقّق منه، مثلًا: prenom.nom@example.fr</translation>
    </message>
    <message>
        <source>The mobile phone number is required.</source>
        <translation>رقم الهاتف المحمول مطلوب.</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation>البريد الإلكتروني الشخصي</translation>
    </message>
    <message>
        <source>Personal e-mail address (optional)</source>
        <translation>البريد الإلكتروني الشخصي (اختياري)</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>رقم الهاتف المحمول</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>رقم الهاتف المحمول (اختياري)</translation>
    </message>
    <message>
        <source>Activating…</source>
        <extracomment>The activation button while the ENT is activating the account</extracomment>
        <translation>جارٍ التفعيل…</translation>
    </message>
    <message>
        <source>ACTIVATE MY ACCOUNT</source>
        <translation>تفعيل حسابي</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AdminPanelPage</name>
    <message>
        <source>The configuration was not reloaded:</source>
        <extracomment>Before the list of refused configuration values (each names its key, in English)</extracomment>
        <translation>لم تتم إعادة تحميل الإعدادات:</translation>
    </message>
    <message>
        <source>The kiosk could not be started again with the new configuration.</source>
        <translation>تعذّر تشغيل الجهاز من جديد بالإعدادات الجديدة.</translation>
    </message>
    <message>
        <source>Running the diagnostics…</source>
        <translation>جارٍ التشخيص…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AdminPinPage</name>
    <message>
        <source>Enter the administrator code.</source>
        <translation>أدخل رمز المسؤول.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code. %n tries left before the prompt is locked.</source>
        <extracomment>The admin PIN was wrong; %n tries remain before the prompt locks itself</extracomment>
        <translation>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت محاولة واحدة قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت محاولتان قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولات قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل القفل.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل القفل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes: the prompt is locked for %n more minute(s).</source>
        <extracomment>After too many wrong admin PINs; %n is the number of minutes, rounded up</extracomment>
        <translation>
            <numerusform>رموز خاطئة كثيرة جدًّا: الإدخال مقفل لمدة %n دقيقة أخرى.</numerusform>
            <numerusform>رموز خاطئة كثيرة جدًّا: الإدخال مقفل لمدة دقيقة واحدة أخرى.</numerusform>
            <numerusform>رموز خاطئة كثيرة جدًّا: الإدخال مقفل لمدة دقيقتين أخريين.</numerusform>
            <numerusform>رموز خاطئة كثيرة جدًّا: الإدخال مقفل لمدة %n دقائق أخرى.</numerusform>
            <numerusform>رموز خاطئة كثيرة جدًّا: الإدخال مقفل لمدة %n دقيقة أخرى.</numerusform>
            <numerusform>رموز خاطئة كثيرة جدًّا: الإدخال مقفل لمدة %n دقيقة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>No administrator code is configured on this kiosk.</source>
        <translation>لا يوجد رمز مسؤول مضبوط على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The validate button while the admin PIN is being checked</extracomment>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>VALIDATE</source>
        <translation>تأكيد</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AssistancePage</name>
    <message>
        <source>Ask at the school office (vie scolaire): they will tell you who manages the ENT accounts.</source>
        <extracomment>On the assistance screen when the kiosk has no contacts configured</extracomment>
        <translation>اسأل في مكتب الحياة المدرسية (vie scolaire): سيخبرونك من يدير حسابات منصة ENT.</translation>
    </message>
    <message>
        <source>Where:</source>
        <extracomment>Caption before a support contact&apos;s room or building</extracomment>
        <translation>أين:</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>Caption before a support contact&apos;s opening hours</extracomment>
        <translation>متى:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <extracomment>Caption before a support contact&apos;s phone number</extracomment>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <extracomment>Caption before a support contact&apos;s e-mail address</extracomment>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Scan this code with your phone to write to %1</source>
        <extracomment>Next to the QR code; %1 is the e-mail address it opens</extracomment>
        <translation>امسح هذا الرمز بهاتفك لتكتب إلى %1</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the online help: %1</source>
        <extracomment>Next to the QR code; %1 is the address of the online help page</extracomment>
        <translation>امسح هذا الرمز بهاتفك لتفتح المساعدة على الإنترنت: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::EasyReadTexts</name>
    <message>
        <source>Type your identifier: firstname.lastname.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and received-code screens: type the identifier (ENT: prénom.nom). Short, one idea.</extracomment>
        <translation>اكتب اسم المستخدم: prénom.nom.</translation>
    </message>
    <message>
        <source>Press SEND.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and lost-identifier screens: press the ENT&apos;s SEND button (in capitals, the button&apos;s own word).</extracomment>
        <translation>اضغط على «إرسال» (ENVOYER).</translation>
    </message>
    <message>
        <source>You get a code by e-mail or by SMS.</source>
        <extracomment>Easy-read (FALC) sentence, lost-password screen, step 3: a code comes by e-mail or by text message.</extracomment>
        <translation>يصلك رمز بالبريد الإلكتروني أو برسالة SMS.</translation>
    </message>
    <message>
        <source>The code arrives in a few minutes.</source>
        <extracomment>Easy-read (FALC) sentence, lost-password screen, step 4: the message can take a few minutes.</extracomment>
        <translation>يصل الرمز بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>Then press &quot;I received a code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and assistance screens: then press the button &quot;I received a code&quot; (same words as that button).</extracomment>
        <translation>بعد ذلك اضغط على «وصلني رمز».</translation>
    </message>
    <message>
        <source>Type the code of the message: 8 letters and digits.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 2: type the 8-character code of the message, digits written as digits.</extracomment>
        <translation>اكتب الرمز الموجود في الرسالة: 8 حروف وأرقام.</translation>
    </message>
    <message>
        <source>Press CHECK THE CODE.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 3: press the button CHECK THE CODE (in capitals, the button&apos;s own words).</extracomment>
        <translation>اضغط على «تحقّق من الرمز».</translation>
    </message>
    <message>
        <source>Then you choose a new password.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 4: after the code, the pupil chooses a new password.</extracomment>
        <translation>بعد ذلك تختار كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>The code does not work? Press &quot;Request a new code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 5: if the code does not work, press &quot;Request a new code&quot; (same words as that button).</extracomment>
        <translation>الرمز لا يعمل؟ اضغط على «اطلب رمزًا جديدًا».</translation>
    </message>
    <message>
        <source>Make up a new password.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: make up a new password.</extracomment>
        <translation>اختر كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>Every line of the list must have a tick.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: the list under the password field must have a tick on every line.</extracomment>
        <translation>يجب أن تظهر علامة ✓ أمام كل سطر في القائمة.</translation>
    </message>
    <message>
        <source>Type the same password a 2nd time.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: type the same password again in the second field (&quot;2nd&quot; in digits, FALC).</extracomment>
        <translation>اكتب كلمة المرور نفسها مرة ثانية.</translation>
    </message>
    <message>
        <source>Press RESET.</source>
        <extracomment>Easy-read (FALC) sentence, new-password screen, step 4: press the button RESET (in capitals, the button&apos;s own word).</extracomment>
        <translation>اضغط على «إعادة تعيين».</translation>
    </message>
    <message>
        <source>Then you sign in with your new password.</source>
        <extracomment>Easy-read (FALC) sentence, new-password screen, step 5: afterwards the pupil signs in with the new password.</extracomment>
        <translation>بعد ذلك سجّل الدخول بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <extracomment>Easy-read (FALC) sentence, forced password change screen, step 1: type the password used until now.</extracomment>
        <translation>اكتب كلمة المرور الحالية.</translation>
    </message>
    <message>
        <source>Press &quot;Change my password&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, forced password change screen, step 5: press the button &quot;Change my password&quot; (same words as that button).</extracomment>
        <translation>اضغط على «تغيير كلمة المرور».</translation>
    </message>
    <message>
        <source>Your e-mail address helps you if you forget your password.</source>
        <extracomment>Easy-read (FALC) sentence, activation screen, step 4: why to give a personal e-mail address.</extracomment>
        <translation>بريدك الإلكتروني يساعدك إذا نسيت كلمة المرور.</translation>
    </message>
    <message>
        <source>Press ACTIVATE MY ACCOUNT.</source>
        <extracomment>Easy-read (FALC) sentence, activation screen, step 5: press the button ACTIVATE MY ACCOUNT (in capitals, the button&apos;s own words).</extracomment>
        <translation>اضغط على «تفعيل حسابي».</translation>
    </message>
    <message>
        <source>Choose the button for your problem.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 1: choose the button that matches the problem.</extracomment>
        <translation>اختر الزر المناسب لمشكلتك.</translation>
    </message>
    <message>
        <source>You forgot your password: press &quot;Have you lost your password?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 2: forgotten password → the button &quot;Have you lost your password?&quot; (same words as that button).</extracomment>
        <translation>نسيت كلمة المرور: اضغط على «هل فقدت كلمة المرور؟».</translation>
    </message>
    <message>
        <source>You have a code: press &quot;I received a code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 3: a code in hand → the button &quot;I received a code&quot; (same words as that button).</extracomment>
        <translation>معك رمز: اضغط على «وصلني رمز».</translation>
    </message>
    <message>
        <source>You forgot your identifier: press &quot;Have you lost your identifier?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 4: forgotten identifier → the button &quot;Have you lost your identifier?&quot; (same words as that button).</extracomment>
        <translation>نسيت اسم المستخدم: اضغط على «هل فقدت اسم المستخدم؟».</translation>
    </message>
    <message>
        <source>You want help from a person: press &quot;Do you want to contact the help desk?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 5: to talk to a person → the button &quot;Do you want to contact the help desk?&quot; (same words as that button).</extracomment>
        <translation>تريد مساعدة من شخص: اضغط على «هل تريد الاتصال بالدعم؟».</translation>
    </message>
    <message>
        <source>Type your personal e-mail address.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 1: type the personal e-mail address.</extracomment>
        <translation>اكتب بريدك الإلكتروني الشخصي.</translation>
    </message>
    <message>
        <source>Sometimes the screen asks for your first name and your school.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 3: when several accounts share the address, the screen asks for the first name and the school (ENT: établissement).</extracomment>
        <translation>أحيانًا تطلب الشاشة اسمك الأول ومدرستك.</translation>
    </message>
    <message>
        <source>The ENT sends your identifier to this address.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 4: the ENT sends the identifier to that address.</extracomment>
        <translation>ترسل منصة ENT اسم المستخدم إلى هذا البريد.</translation>
    </message>
    <message>
        <source>Look in your e-mails and in your spam.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 5: look in the e-mails and in the spam folder.</extracomment>
        <translation>ابحث في رسائلك وفي الرسائل غير المرغوب فيها (spam).</translation>
    </message>
    <message>
        <source>You need your identifier: firstname.lastname.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 1: what the pupil needs first, the identifier (ENT: prénom.nom).</extracomment>
        <translation>تحتاج إلى اسم المستخدم: prénom.nom.</translation>
    </message>
    <message>
        <source>You need your personal e-mail address.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 2: the pupil also needs the personal e-mail address saved in the account.</extracomment>
        <translation>تحتاج إلى بريدك الإلكتروني الشخصي.</translation>
    </message>
    <message>
        <source>Ask for a code with &quot;Have you lost your password?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 3: ask for a code with the button &quot;Have you lost your password?&quot; (same words as that button).</extracomment>
        <translation>اطلب رمزًا بالزر «هل فقدت كلمة المرور؟».</translation>
    </message>
    <message>
        <source>With the code, you choose a new password.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 4: with the code, choose a new password.</extracomment>
        <translation>بالرمز، تختار كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>Never give your password to anyone.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 5: keep the password secret.</extracomment>
        <translation>لا تعطِ كلمة المرور لأي أحد.</translation>
    </message>
    <message>
        <source>An adult of your school can help you.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 1: an adult of the school can help.</extracomment>
        <translation>يمكن لشخص بالغ في مدرستك أن يساعدك.</translation>
    </message>
    <message>
        <source>Ask a teacher or the school office.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 2: ask a teacher or the school office (FR: la vie scolaire).</extracomment>
        <translation>اسأل أستاذًا أو مكتب الحياة المدرسية (vie scolaire).</translation>
    </message>
    <message>
        <source>The adult gives you a code.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 3: the adult gives the pupil a code (a renewal code).</extracomment>
        <translation>يعطيك الشخص البالغ رمزًا.</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <extracomment>The easy-read switch on every help screen and the new-password screen: a toggle button that shows the steps in short sentences with pictures (FALC: Facile à lire)</extracomment>
        <translation>سهل القراءة</translation>
    </message>
    <message>
        <source>Shows the steps in short sentences, with pictures.</source>
        <extracomment>What the easy-read switch does, told to a screen reader (FALC: Facile à lire)</extracomment>
        <translation>يعرض الخطوات بجمل قصيرة، مع صور.</translation>
    </message>
    <message>
        <source>Easy-to-read steps</source>
        <extracomment>Accessible name of the list of easy-read steps shown under the switch</extracomment>
        <translation>خطوات سهلة القراءة</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>An easy-read step: %1 is its number (1 to 5), %2 its sentence. Keep the number first in the reading order.</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::EntStatusBanner</name>
    <message>
        <source>The ENT is not answering at the moment. The help screens and the guide still work.</source>
        <extracomment>Banner while the ENT does not answer; the help screens need no server</extracomment>
        <translation>منصة ENT لا تجيب الآن. شاشات المساعدة والدليل ما زالت تعمل.</translation>
    </message>
    <message numerus="yes">
        <source>New attempt in %n second(s).</source>
        <extracomment>Second sentence of the &apos;ENT unreachable&apos; banner; %n is a number of seconds</extracomment>
        <translation>
            <numerusform>محاولة جديدة بعد %n ثانية.</numerusform>
            <numerusform>محاولة جديدة بعد ثانية واحدة.</numerusform>
            <numerusform>محاولة جديدة بعد ثانيتين.</numerusform>
            <numerusform>محاولة جديدة بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولة جديدة بعد %n ثانية.</numerusform>
            <numerusform>محاولة جديدة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again…</source>
        <extracomment>Second sentence of the &apos;ENT unreachable&apos; banner while the kiosk is trying again</extracomment>
        <translation>جارٍ إعادة المحاولة…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::FederatedNotice</name>
    <message>
        <source>Notice for pupils who sign in with EduConnect</source>
        <extracomment>Accessible name of the school&apos;s notice for pupils who sign in with EduConnect, under the sign-in form</extracomment>
        <translation>معلومات للتلاميذ الذين يسجّلون الدخول عبر EduConnect</translation>
    </message>
    <message>
        <source>Scan this code with your phone, or go to %1</source>
        <extracomment>Under the QR code of the EduConnect notice; %1 is the address the code holds</extracomment>
        <translation>امسح هذا الرمز بهاتفك، أو اذهب إلى %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ForcedPasswordPage</name>
    <message>
        <source>Your new password is saved. Sign in again with it.</source>
        <extracomment>On the sign-in screen after the forced password change</extracomment>
        <translation>تم حفظ كلمة المرور الجديدة. سجّل الدخول من جديد بها.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The forced change button while the ENT is saving the new password</extracomment>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ForgotPasswordPage</name>
    <message>
        <source>Enter your identifier.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>If a phone number is linked to this account, a code has been sent to the mobile phone number you gave.</source>
        <extracomment>Shown after a code was asked by SMS, whatever the ENT answered (ENT: auth.notify.password.forgotten.sms)</extracomment>
        <translation>إذا كان رقم هاتف مرتبطًا بهذا الحساب، فقد أُرسل رمز إلى رقم الهاتف المحمول الذي أعطيته.</translation>
    </message>
    <message>
        <source>If an e-mail address is linked to this account, a message with a link to renew your password has been sent to it. Remember to check your spam folder.</source>
        <extracomment>Shown after a message was asked by e-mail, whatever the ENT answered (ENT: auth.notify.password.forgotten)</extracomment>
        <translation>إذا كان بريد إلكتروني مرتبطًا بهذا الحساب، فقد أُرسلت إليه رسالة فيها رابط لتجديد كلمة المرور. لا تنسَ أن تتحقّق من مجلد الرسائل غير المرغوب فيها (spam).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>The send button while the ENT is being asked</extracomment>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>إرسال</translation>
    </message>
    <message numerus="yes">
        <source>You can send a new code in %n s</source>
        <extracomment>Under the disabled send button, counting down each second; &quot;s&quot; is the symbol for seconds</extracomment>
        <translation>
            <numerusform>يمكنك إرسال رمز جديد بعد %n ثانية</numerusform>
            <numerusform>يمكنك إرسال رمز جديد بعد ثانية واحدة</numerusform>
            <numerusform>يمكنك إرسال رمز جديد بعد ثانيتين</numerusform>
            <numerusform>يمكنك إرسال رمز جديد بعد %n ثوانٍ</numerusform>
            <numerusform>يمكنك إرسال رمز جديد بعد %n ثانية</numerusform>
            <numerusform>يمكنك إرسال رمز جديد بعد %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::HelpPupilPage</name>
    <message>
        <source>The ENT refuses to show this class&apos;s list: it is not one of your classes. Type the pupil&apos;s identifier instead.</source>
        <extracomment>&quot;Aider un élève&quot;: the ENT refused the class list (401: not a class of this adult&apos;s)</extracomment>
        <translation>ترفض منصة ENT عرض قائمة هذا القسم: إنه ليس من أقسامك. اكتب بدلًا من ذلك اسم المستخدم الخاص بالتلميذ.</translation>
    </message>
    <message>
        <source>%1 — account not activated yet: use the activation code</source>
        <extracomment>&quot;Aider un élève&quot;: a pupil in the class list whose account is not activated yet; %1 is the name</extracomment>
        <translation>‏%1‎ — الحساب غير مفعّل بعد: استعمل رمز التفعيل</translation>
    </message>
    <message>
        <source>%1 — account blocked: see the ENT administrator</source>
        <extracomment>&quot;Aider un élève&quot;: a pupil in the class list whose account is blocked; %1 is the name</extracomment>
        <translation>‏%1‎ — الحساب مقفل: راجع مسؤول منصة ENT</translation>
    </message>
    <message>
        <source>The ENT refused: you can only make a code for a pupil of one of your classes (or, as the school&apos;s administrator, of your school). Check the identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: the ENT refused to make the code (401). ENT Core allows the teachers and staff of the pupil&apos;s class and the school&apos;s local administrator</extracomment>
        <translation>رفضت منصة ENT: لا يمكنك إنشاء رمز إلا لتلميذ من أحد أقسامك (أو لتلميذ من مدرستك إذا كنت مسؤول المدرسة). تحقّق من اسم المستخدم.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>&quot;Aider un élève&quot; screen, the adult&apos;s button on the signed-in screen and its title (ENT wording)</extracomment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Make the code</source>
        <extracomment>&quot;Aider un élève&quot;: confirms and asks the ENT for the pupil&apos;s code</extracomment>
        <translation>إنشاء الرمز</translation>
    </message>
    <message>
        <source>Choose another pupil</source>
        <extracomment>&quot;Aider un élève&quot;: back from the confirmation to the choice of the pupil</extracomment>
        <translation>اختيار تلميذ آخر</translation>
    </message>
    <message>
        <source>Hand over to the pupil</source>
        <extracomment>&quot;Aider un élève&quot;: signs the adult out and opens &quot;J&apos;ai reçu un code&quot; for the pupil</extracomment>
        <translation>تسليم الجهاز إلى التلميذ</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>&quot;Aider un élève&quot;: back to the signed-in screen</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Make a new password code for the account %1?</source>
        <extracomment>&quot;Aider un élève&quot; confirmation, when the identifier was typed; %1 is the identifier</extracomment>
        <translation>هل تريد إنشاء رمز كلمة مرور جديدة للحساب %1؟</translation>
    </message>
    <message>
        <source>Make a new password code for %1 (identifier %2)?</source>
        <extracomment>&quot;Aider un élève&quot; confirmation; %1 is the pupil&apos;s name and class, %2 the identifier</extracomment>
        <translation>هل تريد إنشاء رمز كلمة مرور جديدة للتلميذ %1‎، واسم مستخدمه %2؟</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <extracomment>&quot;Aider un élève&quot;: what the large code is, for a screen reader; %1 is the pupil&apos;s identifier</extracomment>
        <translation>رمز الحساب %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::HomeButton</name>
    <message>
        <source>BACK TO THE HOME SCREEN</source>
        <extracomment>Back to the sign-in screen from a help screen, in capitals as on the ENT (ENT: RETOUR À L&apos;ÉCRAN D&apos;ACCUEIL)</extracomment>
        <translation>العودة إلى الشاشة الرئيسية</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::IdleOverlay</name>
    <message numerus="yes">
        <source>You will be signed out in %n second(s).</source>
        <extracomment>Under &quot;Are you still there?&quot;; %n is the number of seconds before the automatic sign-out</extracomment>
        <translation>
            <numerusform>سيتم تسجيل خروجك بعد %n ثانية.</numerusform>
            <numerusform>سيتم تسجيل خروجك بعد ثانية واحدة.</numerusform>
            <numerusform>سيتم تسجيل خروجك بعد ثانيتين.</numerusform>
            <numerusform>سيتم تسجيل خروجك بعد %n ثوانٍ.</numerusform>
            <numerusform>سيتم تسجيل خروجك بعد %n ثانية.</numerusform>
            <numerusform>سيتم تسجيل خروجك بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown before the automatic sign-out</source>
        <extracomment>What a screen reader is told the &quot;You will be signed out in…&quot; line is</extracomment>
        <translation>العدّ التنازلي قبل تسجيل الخروج التلقائي</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LanguageSwitch</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the group of language buttons</extracomment>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LoginPage</name>
    <message>
        <source>Enter your identifier.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>مفتاح الأحرف الكبيرة (Caps Lock) مفعّل.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <extracomment>The sign-in button while the ENT is being asked</extracomment>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>SIGN IN</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LostIdentifierPage</name>
    <message>
        <source>Enter your personal e-mail address.</source>
        <extracomment>Shown when ENVOYER is pressed with no e-mail address on the lost-identifier screen</extracomment>
        <translation>أدخل بريدك الإلكتروني الشخصي.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <extracomment>Shown when the first name is missing after the ENT asked for it</extracomment>
        <translation>أدخل اسمك الأول.</translation>
    </message>
    <message>
        <source>Choose your school.</source>
        <extracomment>Shown when no school is chosen after the ENT asked for one (ENT: Veuillez choisir votre établissement)</extracomment>
        <translation>اختر مدرستك.</translation>
    </message>
    <message>
        <source>If this e-mail address is valid, a message with your identifier has been sent to it. Remember to check your spam folder.</source>
        <extracomment>Shown after an identifier was asked, whatever the ENT answered (ENT: auth.notify.login.forgotten)</extracomment>
        <translation>إذا كان هذا البريد الإلكتروني صحيحًا، فقد أُرسلت إليه رسالة فيها اسم المستخدم الخاص بك. لا تنسَ أن تتحقّق من مجلد الرسائل غير المرغوب فيها (spam).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>The send button while the ENT is being asked</extracomment>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::MainWindow</name>
    <message>
        <source>Your session on the ENT has ended. Sign in again to go on.</source>
        <extracomment>On the sign-in screen when the ENT has ended the session (expired, or ended elsewhere)</extracomment>
        <translation>انتهت جلستك في منصة ENT. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::MessageLabel</name>
    <message>
        <source>Error</source>
        <extracomment>Said by a screen reader before an error message, as in &quot;Error: the identifier or the password is wrong&quot;</extracomment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Said by a screen reader before a warning, as in &quot;Warning: Caps Lock is on&quot;</extracomment>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Said by a screen reader before the outcome of a help request, as in &quot;Result: if this address is valid…&quot;</extracomment>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Said by a screen reader before an information message, as in &quot;Information: your password is saved&quot;</extracomment>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How a screen reader hears a message: %1 is its kind (Error, Result…), %2 the sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::NewPasswordPage</name>
    <message>
        <source>Your new password is saved. You can sign in.</source>
        <extracomment>On the sign-in screen, with the identifier filled in, once the ENT took the new password</extracomment>
        <translation>تم حفظ كلمة المرور الجديدة. يمكنك تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The reset button while the ENT is saving the new password</extracomment>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>RESET</source>
        <translation>إعادة تعيين</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PageScrollArea</name>
    <message>
        <source>More below</source>
        <extracomment>Shown at the bottom of a screen taller than the display while there is more to read below; a tap scrolls down</extracomment>
        <translation>المزيد في الأسفل</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PasswordChecklist</name>
    <message>
        <source>Your new password must meet every rule:</source>
        <extracomment>Above the list of rules a new password must meet, each line marked as met or not met</extracomment>
        <translation>يجب أن تحترم كلمة المرور الجديدة كل القواعد:</translation>
    </message>
    <message>
        <source>✓ %1 — met</source>
        <extracomment>A rule the new password meets; %1 is the rule, such as &quot;At least 8 characters&quot;</extracomment>
        <translation>✓ %1 — تحقّق</translation>
    </message>
    <message>
        <source>✗ %1 — not met</source>
        <extracomment>A rule the new password does not meet yet; %1 is the rule, such as &quot;At least 8 characters&quot;</extracomment>
        <translation>✗ %1 — لم يتحقّق</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <extracomment>How a screen reader hears a rule the new password meets; %1 is the rule</extracomment>
        <translation>قاعدة متحقّقة: %1</translation>
    </message>
    <message>
        <source>Rule not met: %1</source>
        <extracomment>How a screen reader hears a rule the new password does not meet; %1 is the rule</extracomment>
        <translation>قاعدة غير متحقّقة: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PasswordField</name>
    <message>
        <source>Hide the password</source>
        <translation>إخفاء كلمة المرور</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <source>Hide the text of “%1”</source>
        <extracomment>Accessible name of the button that hides the field&apos;s text again; %1 is the field&apos;s label, such as &quot;New password&quot;</extracomment>
        <translation>إخفاء نص «%1»</translation>
    </message>
    <message>
        <source>Show the text of “%1”</source>
        <translation>إظهار نص «%1»</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <extracomment>Accessible name of a QR code picture</extracomment>
        <translation>رمز QR</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <extracomment>Accessible description of a QR code picture; %1 is the address it holds</extracomment>
        <translation>رمز QR للعنوان %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ReadAloudButton</name>
    <message>
        <source>Stop</source>
        <extracomment>Header button while the screen is being read aloud: pressing it stops the voice</extracomment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>Header button on every screen: reads the screen&apos;s title, instructions and message aloud</extracomment>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <extracomment>What the header&apos;s « Écouter » button does, for a screen reader</extracomment>
        <translation>قراءة هذه الصفحة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ResetCodePage</name>
    <message>
        <source>Enter your identifier.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter the code you received.</source>
        <translation>أدخل الرمز الذي وصلك.</translation>
    </message>
    <message>
        <source>This is not a reset code. The code has 8 characters (letters and digits); you can also type the whole link from the e-mail.</source>
        <extracomment>The typed code is neither 8 characters of the ENT&apos;s alphabet nor a reset link</extracomment>
        <translation>هذا ليس رمز إعادة تعيين. الرمز فيه 8 خانات (حروف وأرقام)؛ يمكنك أيضًا كتابة الرابط الكامل الموجود في البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check it, or request a new code.</source>
        <extracomment>The ENT does not know this code for this identifier (wrong, expired or already used)</extracomment>
        <translation>هذا الرمز غير صالح أو انتهت مدته. تحقّق منه، أو اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Too many tries: this code can no longer be used. Request a new code.</source>
        <extracomment>After five wrong codes for one identifier; the ENT no longer accepts the code either</extracomment>
        <translation>محاولات كثيرة جدًّا: لم يعد ممكنًا استعمال هذا الرمز. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The check button while the ENT is being asked</extracomment>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>CHECK THE CODE</source>
        <translation>تحقّق من الرمز</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::SignedInPage</name>
    <message>
        <source>Student</source>
        <extracomment>Account type ELEVE (ENT: Élève)</extracomment>
        <translation>تلميذ</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Account type ENSEIGNANT (ENT: Enseignant)</extracomment>
        <translation>أستاذ</translation>
    </message>
    <message>
        <source>School staff</source>
        <extracomment>Account type PERSEDUCNAT: staff of the school who are not teachers (ENT: Personnel de l&apos;établissement)</extracomment>
        <translation>موظف في المدرسة</translation>
    </message>
    <message>
        <source>Parent</source>
        <extracomment>Account type PERSRELELEVE: a pupil&apos;s parent or guardian (ENT: Parent)</extracomment>
        <translation>وليّ أمر</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <extracomment>Heading of the signed-in screen; %1 is the user&apos;s name (ENT: Bonjour %1)</extracomment>
        <translation>مرحبًا %1</translation>
    </message>
    <message>
        <source>Greeting</source>
        <extracomment>What a screen reader is told the signed-in screen&apos;s &quot;Hello …&quot; heading is</extracomment>
        <translation>رسالة ترحيب</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::StillLostPage</name>
    <message>
        <source>1. What you need</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>1. ما تحتاج إليه</translation>
    </message>
    <message>
        <source>Your identifier, usually firstname.lastname.</source>
        <extracomment>Guide step, &quot;Still lost?&quot; screen</extracomment>
        <translation>اسم المستخدم، وهو عادةً prénom.nom.</translation>
    </message>
    <message>
        <source>A personal e-mail address saved in your account (My account). Without it, no message can reach you: ask an adult at school.</source>
        <extracomment>Guide step, &quot;Still lost?&quot; screen; &quot;My account&quot; is the ENT&apos;s Mon compte</extracomment>
        <translation>بريد إلكتروني شخصي محفوظ في «حسابي (Mon compte)». بدونه لا يمكن أن تصلك أي رسالة: اسأل شخصًا بالغًا في المدرسة.</translation>
    </message>
    <message>
        <source>2. Ask for a code</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>2. اطلب رمزًا</translation>
    </message>
    <message>
        <source>On the sign-in screen, choose &quot;Need help?&quot;, then &quot;Have you lost your password?&quot;.</source>
        <extracomment>Guide step; the quoted words are the labels of the help screens</extracomment>
        <translation>في شاشة تسجيل الدخول، اختر «بحاجة إلى مساعدة؟ (Besoin d&apos;aide ?‎)»، ثم «هل فقدت كلمة المرور؟».</translation>
    </message>
    <message>
        <source>Type your identifier and press SEND. A message with a code arrives at your personal e-mail address within a few minutes. Check your spam folder.</source>
        <extracomment>Guide step</extracomment>
        <translation>اكتب اسم المستخدم واضغط على «إرسال» (ENVOYER). تصل رسالة فيها رمز إلى بريدك الإلكتروني الشخصي خلال بضع دقائق. تحقّق من مجلد الرسائل غير المرغوب فيها (spam).</translation>
    </message>
    <message>
        <source>Choose &quot;I received a code&quot;, type your identifier and the code, then choose your new password.</source>
        <extracomment>Guide step; the quoted words are the label of the help screen button</extracomment>
        <translation>اختر «وصلني رمز»، واكتب اسم المستخدم والرمز، ثم اختر كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Lost your identifier too? Choose &quot;Have you lost your identifier?&quot; and give your personal e-mail address.</source>
        <extracomment>Guide step</extracomment>
        <translation>فقدت اسم المستخدم أيضًا؟ اختر «هل فقدت اسم المستخدم؟» وأعطِ بريدك الإلكتروني الشخصي.</translation>
    </message>
    <message>
        <source>3. Choose a good password</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>3. اختر كلمة مرور جيدة</translation>
    </message>
    <message>
        <source>Follow the rule shown under the password field: every line must be ticked.</source>
        <extracomment>Guide step; the rule itself is shown live when the password is typed</extracomment>
        <translation>اتبع القاعدة المكتوبة تحت خانة كلمة المرور: يجب أن تظهر علامة ✓ أمام كل سطر.</translation>
    </message>
    <message>
        <source>Use a long sentence that only you know rather than a word, a name or a date of birth.</source>
        <extracomment>Guide step</extracomment>
        <translation>استعمل جملة طويلة لا يعرفها أحد غيرك، بدلًا من كلمة أو اسم أو تاريخ ميلاد.</translation>
    </message>
    <message>
        <source>4. Stay safe</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>4. ابقَ في أمان</translation>
    </message>
    <message>
        <source>Change your password from time to time.</source>
        <extracomment>Security advice</extracomment>
        <translation>غيّر كلمة المرور من وقت لآخر.</translation>
    </message>
    <message>
        <source>Keep it secret: never give it to anyone, not even a friend.</source>
        <extracomment>Security advice</extracomment>
        <translation>احفظها سرًّا: لا تعطها لأحد أبدًا، ولا حتى لصديق.</translation>
    </message>
    <message>
        <source>Save a safe personal e-mail address in My account, one that only you can read.</source>
        <extracomment>Security advice</extracomment>
        <translation>احفظ في حسابي (Mon compte) بريدًا إلكترونيًا شخصيًا آمنًا، لا يقرؤه أحد غيرك.</translation>
    </message>
    <message>
        <source>On a shared computer, always sign out and never tick &quot;Remember me&quot;.</source>
        <extracomment>Security advice; &quot;Remember me&quot; is the ENT&apos;s « Se souvenir de moi »</extracomment>
        <translation>على جهاز كمبيوتر مشترك، سجّل خروجك دائمًا ولا تختر أبدًا «تذكرني (Se souvenir de moi)».</translation>
    </message>
    <message>
        <source>5. Online help</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen, above the address of the online help</extracomment>
        <translation>5. المساعدة على الإنترنت</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the online help: %1</source>
        <extracomment>Next to the QR code; %1 is the address of the online help page</extracomment>
        <translation>امسح هذا الرمز بهاتفك لتفتح المساعدة على الإنترنت: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::TermsPage</name>
    <message>
        <source>The full terms of use of your ENT can be read on %1, under &quot;Terms of use&quot;. By accepting, you agree to use the ENT according to them.</source>
        <extracomment>Body of the terms page; %1 is the ENT&apos;s address, where the full terms can be read</extracomment>
        <translation>يمكنك قراءة شروط الاستخدام الكاملة لمنصة ENT على %1، في قسم «شروط الاستخدام (Conditions générales d&apos;utilisation)». عندما تقبلها، تتعهد باستعمال منصة ENT وفقًا لها.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <extracomment>Title of the sign-in screen (ENT: Connexion)</extracomment>
        <translation>تسجيل الدخول (Connexion)</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the login field (ENT: Identifiant)</extracomment>
        <translation>اسم المستخدم (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the login field, without the mnemonic</extracomment>
        <translation>اسم المستخدم (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>اسم المستخدم في LEO، بالشكل prénom.nom (الاسم الأول.اسم العائلة)</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the login field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>prénom.nom</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <extracomment>Label of the password field (ENT: Mot de passe)</extracomment>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Same as the label of the password field, without the mnemonic</extracomment>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Remember me</source>
        <extracomment>Same as the check box text, without the mnemonic</extracomment>
        <translation>تذكرني</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <extracomment>Keeps the identifier on this computer (ENT: Se souvenir de moi)</extracomment>
        <translation>تذكرني</translation>
    </message>
    <message>
        <source>Need help?</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>بحاجة إلى مساعدة؟ (Besoin d&apos;aide ?‎)</translation>
    </message>
    <message>
        <source>&amp;Need help?</source>
        <extracomment>Link to the help screens for a lost password or identifier (ENT: Besoin d&apos;aide ?)</extracomment>
        <translation>بحاجة إلى مساعدة؟ (Besoin d&apos;aide ?‎)</translation>
    </message>
    <message>
        <source>SIGN IN</source>
        <extracomment>Same as the button text
----------
The sign-in button, in capitals as on the ENT (ENT: CONNEXION)</extracomment>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>LostIdentifierPage</name>
    <message>
        <source>Have you lost your identifier?</source>
        <extracomment>Title of the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)</extracomment>
        <translation>هل فقدت اسم المستخدم؟</translation>
    </message>
    <message>
        <source>Enter the personal e-mail address saved in your account: we will send your identifier to it.</source>
        <extracomment>Introduction of the lost-identifier screen</extracomment>
        <translation>أدخل البريد الإلكتروني الشخصي المحفوظ في حسابك: سنرسل إليه اسم المستخدم الخاص بك.</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <extracomment>Label of the e-mail field of the lost-identifier screen (ENT: Adresse email)</extracomment>
        <translation>البريد الإلكتروني الشخصي</translation>
    </message>
    <message>
        <source>Please enter your first name:</source>
        <extracomment>Asked when several accounts share the e-mail address (ENT: Veuillez entrer votre prénom :)</extracomment>
        <translation>أدخل اسمك الأول من فضلك:</translation>
    </message>
    <message>
        <source>Please choose your school:</source>
        <extracomment>Asked when several accounts share the e-mail address (ENT: Veuillez choisir votre établissement :)</extracomment>
        <translation>اختر مدرستك من فضلك:</translation>
    </message>
    <message>
        <source>How is my identifier made?</source>
        <extracomment>Button that shows or hides the explanation of identifiers (ENT: Comment est construit mon identifiant ?)</extracomment>
        <translation>كيف يُكتب اسم المستخدم الخاص بي؟</translation>
    </message>
    <message>
        <source>Your identifier is usually your first name and your last name separated by a dot, in lower case and without accents: élodie.dupré becomes elodie.dupre. Compound names keep their hyphen (jean-marc.durand), and double last names are joined with a hyphen (lea.martin-lopez). When two people have the same name, a digit follows the second one (paul.petit1).</source>
        <extracomment>Explanation of how ENT identifiers are built, shown under its button</extracomment>
        <translation>اسم المستخدم هو عادةً اسمك الأول واسم عائلتك، بينهما نقطة، بحروف صغيرة وبدون علامات فوق الحروف (accents): élodie.dupré يصبح elodie.dupre. الأسماء الأولى المركبة تحتفظ بالشرطة (jean-marc.durand)، وأسماء العائلة المزدوجة تُربط بشرطة (lea.martin-lopez). إذا كان لشخصين الاسم نفسه، يُضاف رقم إلى اسم الشخص الثاني (paul.petit1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LEO</source>
        <extracomment>Name of the ENT, read out for its logo</extracomment>
        <translation>LEO</translation>
    </message>
</context>
<context>
    <name>NewPasswordPage</name>
    <message>
        <source>New password</source>
        <extracomment>Title of the screen where the new password is chosen (ENT: Nouveau mot de passe)
----------
Same as the label of the new password field, without the mnemonic</extracomment>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Caption of the identifier whose password is being reset (ENT: Identifiant)</extracomment>
        <translation>اسم المستخدم (Identifiant LEO)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <extracomment>Label of the new password field (ENT: Nouveau mot de passe)</extracomment>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again (ENT: Confirmation du nouveau mot de passe)</extracomment>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Same as the label of the confirmation field, without the mnemonic</extracomment>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>RESET</source>
        <extracomment>Same as the button text
----------
Saves the new password, in capitals as on the ENT (ENT: RÉINITIALISER)</extracomment>
        <translation>إعادة تعيين</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>%n حرف على الأقل</numerusform>
            <numerusform>حرف واحد على الأقل</numerusform>
            <numerusform>حرفان على الأقل</numerusform>
            <numerusform>%n أحرف على الأقل</numerusform>
            <numerusform>%n حرفًا على الأقل</numerusform>
            <numerusform>%n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one letter</source>
        <translation>حرف واحد على الأقل</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>رقم واحد على الأقل</translation>
    </message>
    <message>
        <source>Meets the ENT&apos;s password rule</source>
        <translation>تحترم قاعدة كلمة المرور في منصة ENT</translation>
    </message>
    <message>
        <source>The two entries are identical</source>
        <translation>الكتابتان متطابقتان</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <source>I received a code</source>
        <extracomment>Title of the screen where a reset code is typed (J&apos;ai reçu un code)</extracomment>
        <translation>وصلني رمز</translation>
    </message>
    <message>
        <source>Enter your identifier and the code you received. You can also type the whole link from the e-mail.</source>
        <extracomment>Explains the reset code screen</extracomment>
        <translation>أدخل اسم المستخدم والرمز الذي وصلك. يمكنك أيضًا كتابة الرابط الكامل الموجود في البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the identifier field (ENT: Identifiant)</extracomment>
        <translation>اسم المستخدم (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>اسم المستخدم (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>اسم المستخدم في LEO، بالشكل prénom.nom (الاسم الأول.اسم العائلة)</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the identifier field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>prénom.nom</translation>
    </message>
    <message>
        <source>&amp;Code received by e-mail, or the whole link</source>
        <extracomment>Label of the reset code field: the 8-character code, or the whole link of the e-mail (Code reçu par e-mail, ou le lien complet)</extracomment>
        <translation>الرمز الذي وصلك بالبريد الإلكتروني، أو الرابط الكامل</translation>
    </message>
    <message>
        <source>Code received by e-mail, or the whole link</source>
        <extracomment>Same as the label of the code field, without the mnemonic</extracomment>
        <translation>الرمز الذي وصلك بالبريد الإلكتروني، أو الرابط الكامل</translation>
    </message>
    <message>
        <source>8 letters and digits; capitals, spaces and dashes do not matter</source>
        <translation>8 حروف وأرقام؛ الحروف الكبيرة والمسافات والشرطات لا تهم</translation>
    </message>
    <message>
        <source>CHECK THE CODE</source>
        <extracomment>Same as the button text
----------
Checks the reset code with the ENT, in capitals like the ENT&apos;s buttons (VÉRIFIER LE CODE)</extracomment>
        <translation>تحقّق من الرمز</translation>
    </message>
    <message>
        <source>Request a new code</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen to have a new code sent (Demander un nouveau code)</extracomment>
        <translation>اطلب رمزًا جديدًا</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>Profile</source>
        <extracomment>What kind of ENT account this is: pupil, teacher, parent… (ENT: Profil)</extracomment>
        <translation>نوع الحساب</translation>
    </message>
    <message>
        <source>School</source>
        <extracomment>The school (lycée) of the account (ENT: Établissement)</extracomment>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The class the pupil is in, e.g. 2nde 3 (ENT: Classe)</extracomment>
        <translation>القسم</translation>
    </message>
    <message>
        <source>My account</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>حسابي (Mon compte)</translation>
    </message>
    <message>
        <source>&amp;My account</source>
        <extracomment>Opens the account screen: password, personal e-mail address, other devices (ENT: Mon compte)</extracomment>
        <translation>حسابي (Mon compte)</translation>
    </message>
    <message>
        <source>Help a pupil</source>
        <extracomment>Same as the button text
----------
For a teacher or the school staff only, beside My account: makes a password code for a pupil of their class (ENT: Aider un élève)</extracomment>
        <translation>مساعدة تلميذ</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <extracomment>Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>StillLostPage</name>
    <message>
        <source>Still lost?</source>
        <extracomment>Title of the step-by-step guide screen (ENT: Vous êtes toujours perdu ?)</extracomment>
        <translation>ما زلت بحاجة إلى مساعدة؟</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <extracomment>Heading of the terms page after sign-in (ENT: Conditions générales d&apos;utilisation)
----------
Same as the heading</extracomment>
        <translation>شروط الاستخدام</translation>
    </message>
    <message>
        <source>The terms of use of your ENT have changed. Read them, then accept them to go on. If you refuse, you are signed out.</source>
        <extracomment>Why the terms page is shown</extracomment>
        <translation>تغيّرت شروط الاستخدام لمنصة ENT. اقرأها، ثم اقبلها للمتابعة. إذا رفضتها، يُسجَّل خروجك.</translation>
    </message>
    <message>
        <source>I accept</source>
        <extracomment>Same as the button text
----------
Accepts the terms of use and goes on (ENT: J&apos;accepte)</extracomment>
        <translation>أقبل</translation>
    </message>
    <message>
        <source>I refuse and sign out</source>
        <extracomment>Same as the button text
----------
Refuses the terms: signs out and wipes everything</extracomment>
        <translation>أرفض وأسجّل الخروج</translation>
    </message>
</context>
</TS>
