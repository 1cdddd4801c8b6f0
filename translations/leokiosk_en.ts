<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <extracomment>Heading of the account screen (ENT: Mon compte)</extracomment>
        <translation>My account</translation>
    </message>
    <message>
        <source>Change my password</source>
        <extracomment>Same as the button text
----------
Sends the password change to the ENT</extracomment>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Label of the current password field
----------
Same as the label of the field</extracomment>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password field
----------
Same as the label of the field</extracomment>
        <translation>New password</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again
----------
Same as the label of the field</extracomment>
        <translation>Confirm the new password</translation>
    </message>
    <message>
        <source>My personal e-mail address</source>
        <extracomment>Section heading (ENT: Mon adresse de messagerie personnelle)</extracomment>
        <translation>My personal e-mail address</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <extracomment>Label of the field for the new recovery e-mail address
----------
Same as the label of the field</extracomment>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <extracomment>Same as the button text
----------
Asks the ENT to e-mail a code to the new address</extracomment>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Code received by e-mail</source>
        <extracomment>Label of the field for the 6-digit code
----------
Same as the label of the field</extracomment>
        <translation>Code received by e-mail</translation>
    </message>
    <message>
        <source>Your previous address, if you had one, gets an e-mail telling it about this change.</source>
        <extracomment>Note under the code field: the ENT warns the old address</extracomment>
        <translation>Your previous address, if you had one, gets an e-mail telling it about this change.</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <extracomment>Same as the button text
----------
Sends the code to the ENT</extracomment>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <source>Keep your account safe</source>
        <extracomment>Section heading of the security advice</extracomment>
        <translation>Keep your account safe</translation>
    </message>
    <message>
        <source>Change your password from time to time, here in My account. If you write it down, keep it somewhere safe and never give it to anyone. Add a personal e-mail address that only you read: it lets you get back into your account. When you have finished, always sign out; on a computer that others use, do not tick &quot;Remember me&quot;.</source>
        <extracomment>Security advice, after the ENT&apos;s guide (Rappel des consignes de sécurité)</extracomment>
        <translation>Change your password from time to time, here in My account. If you write it down, keep it somewhere safe and never give it to anyone. Add a personal e-mail address that only you read: it lets you get back into your account. When you have finished, always sign out; on a computer that others use, do not tick &quot;Remember me&quot;.</translation>
    </message>
    <message>
        <source>Signed in on other devices?</source>
        <extracomment>Section heading of signing out everywhere</extracomment>
        <translation>Signed in on other devices?</translation>
    </message>
    <message>
        <source>Sign out of all my devices</source>
        <extracomment>Same as the button text
----------
Starts signing out everywhere; a confirmation follows (ENT: Se déconnecter de tous mes appareils)</extracomment>
        <translation>Sign out of all my devices</translation>
    </message>
    <message>
        <source>This signs you out on every other device, the phone app included. Continue?</source>
        <extracomment>Confirmation before signing out everywhere</extracomment>
        <translation>This signs you out on every other device, the phone app included. Continue?</translation>
    </message>
    <message>
        <source>Yes, sign out everywhere</source>
        <extracomment>Same as the button text
----------
Confirms signing out of all devices</extracomment>
        <translation>Yes, sign out everywhere</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Same as the button text
----------
Keeps the other devices signed in</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Back to the signed-in screen</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text
----------
Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>My password</source>
        <extracomment>Section heading of My account, above the fields; not the words of its button (Changer mon mot de passe), which a screen reader would then hear twice</extracomment>
        <translation>My password</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>Activate your account</source>
        <extracomment>Title of the first-time activation screen (ENT: Activation de votre compte)</extracomment>
        <translation>Activate your account</translation>
    </message>
    <message>
        <source>Choose your password. You will use it with your identifier every time you sign in.</source>
        <extracomment>Introduction of the activation screen</extracomment>
        <translation>Choose your password. You will use it with your identifier every time you sign in.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Caption of the identifier being activated (ENT: Identifiant)</extracomment>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the first password field at activation (ENT: Mot de passe)</extracomment>
        <translation>New password</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <extracomment>Label of the confirmation field at activation (ENT: Confirmation du mot de passe)</extracomment>
        <translation>Confirm the password</translation>
    </message>
    <message>
        <source>The ENT is a school service. Your account is personal: keep your password secret and never use someone else&apos;s account. What you publish must respect others and the school rules. Your data is used only for school purposes.</source>
        <extracomment>Short version of the terms of use shown at activation</extracomment>
        <translation>The ENT is a school service. Your account is personal: keep your password secret and never use someone else&apos;s account. What you publish must respect others and the school rules. Your data is used only for school purposes.</translation>
    </message>
    <message>
        <source>I accept the terms of use</source>
        <extracomment>Required box at activation when the ENT asks for the terms of use (ENT: J&apos;accepte les conditions d&apos;utilisation)</extracomment>
        <translation>I accept the terms of use</translation>
    </message>
</context>
<context>
    <name>AdminPanelPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Title of the admin panel (French: Administration)</extracomment>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <extracomment>Heading of the diagnostics report in the admin panel (French: Diagnostic)</extracomment>
        <translation>&amp;Diagnostics</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <extracomment>Same as the heading of the diagnostics report, without the mnemonic</extracomment>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Leaves the admin panel for the kiosk (French: Retour)</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Reload the configuration</source>
        <extracomment>Same as the button text
----------
Reads the configuration again and restarts the kiosk with it (French: Recharger la configuration)</extracomment>
        <translation>Reload the configuration</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Same as the button text
----------
Ends the session and closes the kiosk program (French: Quitter)</extracomment>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Title of the admin PIN prompt (French: Administration)</extracomment>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Enter the administrator code to see the diagnostics or to leave the kiosk.</source>
        <extracomment>Introduction of the admin PIN prompt</extracomment>
        <translation>Enter the administrator code to see the diagnostics or to leave the kiosk.</translation>
    </message>
    <message>
        <source>&amp;Administrator code</source>
        <extracomment>Label of the admin PIN field (French: Code administrateur)</extracomment>
        <translation>&amp;Administrator code</translation>
    </message>
    <message>
        <source>Administrator code</source>
        <extracomment>Same as the label of the admin PIN field, without the mnemonic</extracomment>
        <translation>Administrator code</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Leaves the admin PIN prompt (French: Retour)</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>VALIDATE</source>
        <extracomment>Same as the button text
----------
Checks the admin PIN, in capitals as the ENT buttons (French: VALIDER)</extracomment>
        <translation>VALIDATE</translation>
    </message>
</context>
<context>
    <name>AssistancePage</name>
    <message>
        <source>Do you want to contact the help desk?</source>
        <extracomment>Title of the assistance screen (ENT: Vous souhaitez contacter l&apos;assistance ?)</extracomment>
        <translation>Do you want to contact the help desk?</translation>
    </message>
    <message>
        <source>Ask an adult</source>
        <extracomment>Heading on the assistance screen (no ENT text: Demander à un adulte)</extracomment>
        <translation>Ask an adult</translation>
    </message>
    <message>
        <source>A teacher or the CPE can generate a renewal code for you. Then choose &quot;I received a code&quot; and type it in.</source>
        <extracomment>On the assistance screen, under &quot;Ask an adult&quot;</extracomment>
        <translation>A teacher or the CPE can generate a renewal code for you. Then choose &quot;I received a code&quot; and type it in.</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Opens the screen where a renewal code is typed (no ENT text: J&apos;ai reçu un code)</extracomment>
        <translation>I received a code</translation>
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
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen from the welcome screen (French: Mot de passe oublié ?)</extracomment>
        <translation>Forgot your password?</translation>
    </message>
</context>
<context>
    <name>EntMessages</name>
    <message>
        <source>The ENT cannot be reached. Check the network connection or try again in a moment.</source>
        <translation>The ENT cannot be reached. Check the network connection or try again in a moment.</translation>
    </message>
    <message>
        <source>The ENT did not answer in time. Please try again in a moment.</source>
        <translation>The ENT did not answer in time. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The connection to the ENT is not secure (certificate problem). Please tell the IT staff.</source>
        <translation>The connection to the ENT is not secure (certificate problem). Please tell the IT staff.</translation>
    </message>
    <message>
        <source>The ENT sent an answer that the kiosk does not understand. Please try again or tell the IT staff.</source>
        <translation>The ENT sent an answer that the kiosk does not understand. Please try again or tell the IT staff.</translation>
    </message>
    <message>
        <source>The ENT has a technical problem. Please try again later.</source>
        <translation>The ENT has a technical problem. Please try again later.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>You are not signed in, or your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>The identifier or the password is incorrect.</source>
        <translation>The identifier or the password is incorrect.</translation>
    </message>
    <message>
        <source>For security reasons, your account is temporarily blocked after too many sign-in attempts. Please try again later.</source>
        <translation>For security reasons, your account is temporarily blocked after too many sign-in attempts. Please try again later.</translation>
    </message>
    <message>
        <source>Your school&apos;s administrator has blocked your access to your educational network. Please contact them.</source>
        <translation>Your school&apos;s administrator has blocked your access to your educational network. Please contact them.</translation>
    </message>
    <message>
        <source>Access to your educational network is temporarily blocked for your user profile.</source>
        <translation>Access to your educational network is temporarily blocked for your user profile.</translation>
    </message>
    <message>
        <source>Your educational network is temporarily unavailable. The team is doing its utmost to fix it as quickly as possible.</source>
        <translation>Your educational network is temporarily unavailable. The team is doing its utmost to fix it as quickly as possible.</translation>
    </message>
    <message>
        <source>This sign-in method is not allowed.</source>
        <translation>This sign-in method is not allowed.</translation>
    </message>
    <message>
        <source>You typed an activation code: your account is not activated yet. Activate it on the ENT website first.</source>
        <translation>You typed an activation code: your account is not activated yet. Activate it on the ENT website first.</translation>
    </message>
    <message>
        <source>You typed a password reset code. Choose your new password.</source>
        <translation>You typed a password reset code. Choose your new password.</translation>
    </message>
    <message>
        <source>Too many people are connected to the ENT right now. Please try again in a few minutes.</source>
        <translation>Too many people are connected to the ENT right now. Please try again in a few minutes.</translation>
    </message>
    <message>
        <source>The kiosk is not correctly registered with the ENT. Please tell the IT staff.</source>
        <translation>The kiosk is not correctly registered with the ENT. Please tell the IT staff.</translation>
    </message>
    <message>
        <source>The ENT refused the request.</source>
        <translation>The ENT refused the request.</translation>
    </message>
    <message>
        <source>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate is not valid yet: the kiosk&apos;s date or time is wrong. Please tell the IT staff.</source>
        <translation>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate is not valid yet: the kiosk&apos;s date or time is wrong. Please tell the IT staff.</translation>
    </message>
    <message>
        <source>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate has expired: the kiosk&apos;s date or time is probably wrong. Please tell the IT staff.</source>
        <translation>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate has expired: the kiosk&apos;s date or time is probably wrong. Please tell the IT staff.</translation>
    </message>
    <message>
        <source>You must accept the terms of use.</source>
        <translation>You must accept the terms of use.</translation>
    </message>
    <message>
        <source>The identifier is missing.</source>
        <translation>The identifier is missing.</translation>
    </message>
    <message>
        <source>The activation code is missing.</source>
        <translation>The activation code is missing.</translation>
    </message>
    <message>
        <source>Enter your new password.</source>
        <translation>Enter your new password.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>The password does not follow the ENT&apos;s rule.</source>
        <translation>The password does not follow the ENT&apos;s rule.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>The e-mail address is required.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</source>
        <translation>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</translation>
    </message>
    <message>
        <source>The ENT does not accept this e-mail address. Use another one.</source>
        <translation>The ENT does not accept this e-mail address. Use another one.</translation>
    </message>
    <message>
        <source>The mobile phone number is required.</source>
        <translation>The mobile phone number is required.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Type a mobile number, for example 06 12 34 56 78.</source>
        <translation>This phone number is not valid. Type a mobile number, for example 06 12 34 56 78.</translation>
    </message>
    <message>
        <source>This number is not a mobile phone number. Type a number that starts with 06 or 07.</source>
        <translation>This number is not a mobile phone number. Type a number that starts with 06 or 07.</translation>
    </message>
    <message>
        <source>Premium-rate numbers are not allowed. Type your mobile phone number.</source>
        <translation>Premium-rate numbers are not allowed. Type your mobile phone number.</translation>
    </message>
    <message>
        <source>The activation code is wrong, or the account is already activated. Check your identifier and your code.</source>
        <translation>The activation code is wrong, or the account is already activated. Check your identifier and your code.</translation>
    </message>
    <message>
        <source>Your account looks like a duplicate of another one, which prevents its activation. Please contact your school&apos;s ENT administrator.</source>
        <translation>Your account looks like a duplicate of another one, which prevents its activation. Please contact your school&apos;s ENT administrator.</translation>
    </message>
    <message>
        <source>The ENT asks for an extra security check before this. Finish it on the ENT website.</source>
        <extracomment>The ENT asks this account (staff with admin functions) for a multi-factor check the kiosk cannot do</extracomment>
        <translation>The ENT asks for an extra security check before this. Finish it on the ENT website.</translation>
    </message>
    <message>
        <source>The ENT did not accept the change: your current password is wrong, or your account is temporarily blocked after too many attempts. Check your current password and try again in a few minutes, or, on the sign-in screen, choose &quot;Need help?&quot; then &quot;Have you lost your password?&quot;.</source>
        <extracomment>The ENT answers the same refusal for a wrong current password and a temporarily blocked account</extracomment>
        <translation>The ENT did not accept the change: your current password is wrong, or your account is temporarily blocked after too many attempts. Check your current password and try again in a few minutes, or, on the sign-in screen, choose &quot;Need help?&quot; then &quot;Have you lost your password?&quot;.</translation>
    </message>
</context>
<context>
    <name>EntStatusBanner</name>
    <message>
        <source>Try again</source>
        <extracomment>Same as the button text</extracomment>
        <translation>Try again</translation>
    </message>
    <message>
        <source>TRY AGAIN</source>
        <extracomment>Button of the &apos;ENT unreachable&apos; banner: try to reach the ENT now (RÉESSAYER)</extracomment>
        <translation>TRY AGAIN</translation>
    </message>
</context>
<context>
    <name>ForcedPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <extracomment>Heading of the forced password change after sign-in (ENT: Changement de mot de passe obligatoire)</extracomment>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Your school asks you to change your password before going on. Once it is changed, sign in again with the new one.</source>
        <extracomment>Why the forced change page is shown</extracomment>
        <translation>Your school asks you to change your password before going on. Once it is changed, sign in again with the new one.</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Label of the current password field
----------
Same as the label of the field</extracomment>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password field
----------
Same as the label of the field</extracomment>
        <translation>New password</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again
----------
Same as the label of the field</extracomment>
        <translation>Confirm the new password</translation>
    </message>
    <message>
        <source>Change my password</source>
        <extracomment>Same as the button text
----------
Sends the forced password change to the ENT</extracomment>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text
----------
Gives up and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPage</name>
    <message>
        <source>Have you lost your password?</source>
        <extracomment>Title of the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)</extracomment>
        <translation>Have you lost your password?</translation>
    </message>
    <message>
        <source>Enter your sign-in identifier to receive the instructions to change your password.</source>
        <extracomment>ENT: Entrez votre identifiant de connexion pour recevoir les instructions pour changer votre mot de passe.</extracomment>
        <translation>Enter your sign-in identifier to receive the instructions to change your password.</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the identifier field (ENT: Identifiant)</extracomment>
        <translation>&amp;Identifier (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>Identifier (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Your ENT identifier, in the form firstname.lastname</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the identifier field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>firstname.lastname</translation>
    </message>
    <message>
        <source>Send it:</source>
        <extracomment>Before the choice between e-mail and SMS for the reset message (ENT: Envoyer un mail / Envoyer un sms)</extracomment>
        <translation>Send it:</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>By &amp;e-mail</source>
        <extracomment>Sends the reset message by e-mail (ENT: Envoyer un mail)</extracomment>
        <translation>By &amp;e-mail</translation>
    </message>
    <message>
        <source>By SMS</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>By SMS</translation>
    </message>
    <message>
        <source>By &amp;SMS</source>
        <extracomment>Sends the reset code by SMS to the pupil&apos;s mobile (ENT: Envoyer un sms)</extracomment>
        <translation>By &amp;SMS</translation>
    </message>
    <message>
        <source>SEND</source>
        <extracomment>Same as the button text
----------
Sends the reset message, in capitals as on the ENT (ENT: ENVOYER)</extracomment>
        <translation>SEND</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Same as the button text
----------
Opens the screen where the received code is typed; the same words as on the help screen (J&apos;ai reçu un code)</extracomment>
        <translation>I received a code</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Need help?</source>
        <extracomment>Title of the help screen (ENT: Besoin d&apos;aide ?)</extracomment>
        <translation>Need help?</translation>
    </message>
    <message>
        <source>Just give the following information and we will help you get into your account.</source>
        <extracomment>Introduction of the help screen (ENT: Fournissez simplement les informations suivantes et nous vous aiderons à accéder à votre compte.)</extracomment>
        <translation>Just give the following information and we will help you get into your account.</translation>
    </message>
    <message>
        <source>Have you lost your password?</source>
        <extracomment>Help topic that opens the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)</extracomment>
        <translation>Have you lost your password?</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Help topic for a pupil who already has a reset code or the e-mailed link (no ENT text: J&apos;ai reçu un code)</extracomment>
        <translation>I received a code</translation>
    </message>
    <message>
        <source>Have you lost your identifier?</source>
        <extracomment>Help topic that opens the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)</extracomment>
        <translation>Have you lost your identifier?</translation>
    </message>
    <message>
        <source>Still lost?</source>
        <extracomment>Help topic that opens the step-by-step guide (ENT: Vous êtes toujours perdu ?)</extracomment>
        <translation>Still lost?</translation>
    </message>
    <message>
        <source>Do you want to contact the help desk?</source>
        <extracomment>Help topic that opens the school&apos;s contacts (ENT: Vous souhaitez contacter l&apos;assistance ?)</extracomment>
        <translation>Do you want to contact the help desk?</translation>
    </message>
</context>
<context>
    <name>HelpPupilPage</name>
    <message>
        <source>Help a pupil</source>
        <extracomment>Title of the screen where a teacher or the CPE makes a password code for a pupil (ENT: Aider un élève)</extracomment>
        <translation>Help a pupil</translation>
    </message>
    <message>
        <source>Choose one of your classes, then the pupil. Or type the pupil&apos;s identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: what to do on the first step</extracomment>
        <translation>Choose one of your classes, then the pupil. Or type the pupil&apos;s identifier.</translation>
    </message>
    <message>
        <source>The ENT gives no class for your account here: type the pupil&apos;s identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: when userinfo gives the adult no class ids (an OAuth client, or no class)</extracomment>
        <translation>The ENT gives no class for your account here: type the pupil&apos;s identifier.</translation>
    </message>
    <message>
        <source>Your classes</source>
        <extracomment>&quot;Aider un élève&quot;: the list of the adult&apos;s classes (radio buttons)</extracomment>
        <translation>Your classes</translation>
    </message>
    <message>
        <source>Pupils of the class</source>
        <extracomment>&quot;Aider un élève&quot;: the pupils of the chosen class (radio buttons)</extracomment>
        <translation>Pupils of the class</translation>
    </message>
    <message>
        <source>Or the pupil&apos;s identifier</source>
        <extracomment>&quot;Aider un élève&quot;: label of the field where the adult types the pupil&apos;s login (ENT: Identifiant)</extracomment>
        <translation>Or the pupil&apos;s identifier</translation>
    </message>
    <message>
        <source>The code replaces any code the pupil received by e-mail. Nothing is sent to the pupil: you will read the code out.</source>
        <extracomment>&quot;Aider un élève&quot;: under the confirmation</extracomment>
        <translation>The code replaces any code the pupil received by e-mail. Nothing is sent to the pupil: you will read the code out.</translation>
    </message>
    <message>
        <source>Valid once, for a limited time (one hour on an ENT with its default settings). It replaces any code the pupil received by e-mail.</source>
        <extracomment>&quot;Aider un élève&quot;: the code&apos;s validity (ENT Core: reset-code-expire-delay, 1 h by default)</extracomment>
        <translation>Valid once, for a limited time (one hour on an ENT with its default settings). It replaces any code the pupil received by e-mail.</translation>
    </message>
    <message>
        <source>Let the pupil type it now.</source>
        <extracomment>&quot;Aider un élève&quot;: the instruction under the code (ENT wording: Laissez l&apos;élève le saisir maintenant)</extracomment>
        <translation>Let the pupil type it now.</translation>
    </message>
    <message>
        <source>Handing over signs you out of the kiosk; the pupil then types the code and chooses a new password.</source>
        <extracomment>&quot;Aider un élève&quot;: under the code, what the hand-over does</extracomment>
        <translation>Handing over signs you out of the kiosk; the pupil then types the code and chooses a new password.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>Heading of the full-screen idle warning (Vous êtes toujours là ?)</extracomment>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <extracomment>Same as the button text
----------
The big button that keeps the session (Je suis encore là)</extracomment>
        <translation>I&apos;m still here</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AccountPage</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The change-password button while the ENT is saving the new password</extracomment>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <extracomment>After a successful password change on the account screen</extracomment>
        <translation>Your password has been changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Account screen, while the ENT is asked for the personal e-mail address</extracomment>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>You have no personal e-mail address yet.</source>
        <extracomment>Account screen: the account has no personal e-mail address</extracomment>
        <translation>You have no personal e-mail address yet.</translation>
    </message>
    <message>
        <source>Current address: %1</source>
        <extracomment>Account screen; %1 is the current personal e-mail address, masked (a…s@exemple.fr)</extracomment>
        <translation>Current address: %1</translation>
    </message>
    <message>
        <source>Waiting for confirmation: a code was sent to %1.</source>
        <extracomment>State of the e-mail address change; %1 is the new address waiting for its code, masked (a…s@exemple.fr)</extracomment>
        <translation>Waiting for confirmation: a code was sent to %1.</translation>
    </message>
    <message>
        <source>This address is confirmed.</source>
        <extracomment>State of the personal e-mail address: proven by a code
----------
State of the personal e-mail address: never proven by a code</extracomment>
        <translation>This address is confirmed.</translation>
    </message>
    <message>
        <source>The code is no longer valid: too many wrong tries. Ask for a new code.</source>
        <extracomment>State of the e-mail address change: five wrong codes; a new code must be asked for</extracomment>
        <translation>The code is no longer valid: too many wrong tries. Ask for a new code.</translation>
    </message>
    <message>
        <source>The code is no longer valid: it has expired. Ask for a new code.</source>
        <extracomment>State of the e-mail address change: the code expired; a new code must be asked for</extracomment>
        <translation>The code is no longer valid: it has expired. Ask for a new code.</translation>
    </message>
    <message>
        <source>This address is not confirmed yet.</source>
        <translation>This address is not confirmed yet.</translation>
    </message>
    <message>
        <source>Time left: %1.</source>
        <extracomment>Under the e-mail code field; %1 is minutes:seconds left, e.g. 9:05</extracomment>
        <translation>Time left: %1.</translation>
    </message>
    <message>
        <source>The code has expired: ask for a new one.</source>
        <extracomment>Under the e-mail code field, once the code&apos;s time is up</extracomment>
        <translation>The code has expired: ask for a new one.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <extracomment>Under the e-mail code field: how many wrong codes may still be typed</extracomment>
        <translation>Tries left: %1.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <extracomment>The send-code button while the ENT is sending the e-mail</extracomment>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <extracomment>The typed e-mail address is not one</extracomment>
        <translation>This does not look like an e-mail address.</translation>
    </message>
    <message>
        <source>Your new address is confirmed and saved.</source>
        <extracomment>After the right code: the new personal e-mail address is saved</extracomment>
        <translation>Your new address is confirmed and saved.</translation>
    </message>
    <message>
        <source>This code is not right. Check it and try again.</source>
        <extracomment>After a wrong e-mail code</extracomment>
        <translation>This code is not right. Check it and try again.</translation>
    </message>
    <message>
        <source>Your other devices and the phone app are signed out.</source>
        <extracomment>After signing out everywhere: this terminal stays signed in until Sign out</extracomment>
        <translation>Your other devices and the phone app are signed out.</translation>
    </message>
    <message>
        <source>Your password has been reset. Add a personal e-mail address now: next time you will be able to get a new password on your own. You can also do it later (Back).</source>
        <extracomment>Mon compte, just after signing in with a new password, for an account without a verified personal e-mail (the ENT guide&apos;s advice). &quot;Back&quot; skips it</extracomment>
        <translation>Your password has been reset. Add a personal e-mail address now: next time you will be able to get a new password on your own. You can also do it later (Back).</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ActivationPage</name>
    <message>
        <source>Your account is activated. Sign in with your new password.</source>
        <extracomment>On the sign-in screen, with the identifier filled in, once the ENT activated the account</extracomment>
        <translation>Your account is activated. Sign in with your new password.</translation>
    </message>
    <message>
        <source>Activating…</source>
        <extracomment>The activation button while the ENT is activating the account</extracomment>
        <translation>Activating…</translation>
    </message>
    <message>
        <source>ACTIVATE MY ACCOUNT</source>
        <translation>ACTIVATE MY ACCOUNT</translation>
    </message>
    <message>
        <source>The kiosk could not read your account on the ENT, so it cannot activate it here without losing your e-mail address and mobile number. Activate your account on the ENT website.</source>
        <translation>The kiosk could not read your account on the ENT, so it cannot activate it here without losing your e-mail address and mobile number. Activate your account on the ENT website.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>The e-mail address is required.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</source>
        <translation>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</translation>
    </message>
    <message>
        <source>The mobile phone number is required.</source>
        <translation>The mobile phone number is required.</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation>Personal e-mail address</translation>
    </message>
    <message>
        <source>Personal e-mail address (optional)</source>
        <translation>Personal e-mail address (optional)</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Mobile phone number (optional)</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AdminPanelPage</name>
    <message>
        <source>The configuration was not reloaded:</source>
        <extracomment>Before the list of refused configuration values (each names its key, in English)</extracomment>
        <translation>The configuration was not reloaded:</translation>
    </message>
    <message>
        <source>The kiosk could not be started again with the new configuration.</source>
        <translation>The kiosk could not be started again with the new configuration.</translation>
    </message>
    <message>
        <source>Running the diagnostics…</source>
        <translation>Running the diagnostics…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AdminPinPage</name>
    <message>
        <source>VALIDATE</source>
        <translation>VALIDATE</translation>
    </message>
    <message>
        <source>Enter the administrator code.</source>
        <translation>Enter the administrator code.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code. %n tries left before the prompt is locked.</source>
        <extracomment>The admin PIN was wrong; %n tries remain before the prompt locks itself</extracomment>
        <translation>
            <numerusform>Wrong code. %n tries left before the prompt is locked.</numerusform>
            <numerusform>Wrong code. %n tries left before the prompt is locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes: the prompt is locked for %n more minute(s).</source>
        <extracomment>After too many wrong admin PINs; %n is the number of minutes, rounded up</extracomment>
        <translation>
            <numerusform>Too many wrong codes: the prompt is locked for %n more minute(s).</numerusform>
            <numerusform>Too many wrong codes: the prompt is locked for %n more minute(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>No administrator code is configured on this kiosk.</source>
        <translation>No administrator code is configured on this kiosk.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The validate button while the admin PIN is being checked</extracomment>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AssistancePage</name>
    <message>
        <source>Ask at the school office (vie scolaire): they will tell you who manages the ENT accounts.</source>
        <extracomment>On the assistance screen when the kiosk has no contacts configured</extracomment>
        <translation>Ask at the school office (vie scolaire): they will tell you who manages the ENT accounts.</translation>
    </message>
    <message>
        <source>Where:</source>
        <extracomment>Caption before a support contact&apos;s room or building</extracomment>
        <translation>Where:</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>Caption before a support contact&apos;s opening hours</extracomment>
        <translation>When:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <extracomment>Caption before a support contact&apos;s phone number</extracomment>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <extracomment>Caption before a support contact&apos;s e-mail address</extracomment>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Scan this code with your phone to write to %1</source>
        <extracomment>Next to the QR code; %1 is the e-mail address it opens</extracomment>
        <translation>Scan this code with your phone to write to %1</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the online help: %1</source>
        <extracomment>Next to the QR code; %1 is the address of the online help page</extracomment>
        <translation>Scan this code with your phone to open the online help: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::EasyReadTexts</name>
    <message>
        <source>Type your identifier: firstname.lastname.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and received-code screens: type the identifier (ENT: prénom.nom). Short, one idea.</extracomment>
        <translation>Type your identifier: firstname.lastname.</translation>
    </message>
    <message>
        <source>Press SEND.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and lost-identifier screens: press the ENT&apos;s SEND button (in capitals, the button&apos;s own word).</extracomment>
        <translation>Press SEND (ENVOYER).</translation>
    </message>
    <message>
        <source>You get a code by e-mail or by SMS.</source>
        <extracomment>Easy-read (FALC) sentence, lost-password screen, step 3: a code comes by e-mail or by text message.</extracomment>
        <translation>You get a code by e-mail or by SMS.</translation>
    </message>
    <message>
        <source>The code arrives in a few minutes.</source>
        <extracomment>Easy-read (FALC) sentence, lost-password screen, step 4: the message can take a few minutes.</extracomment>
        <translation>The code arrives in a few minutes.</translation>
    </message>
    <message>
        <source>Then press &quot;I received a code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and assistance screens: then press the button &quot;I received a code&quot; (same words as that button).</extracomment>
        <translation>Then press &quot;I received a code&quot;.</translation>
    </message>
    <message>
        <source>Type the code of the message: 8 letters and digits.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 2: type the 8-character code of the message, digits written as digits.</extracomment>
        <translation>Type the code of the message: 8 letters and digits.</translation>
    </message>
    <message>
        <source>Press CHECK THE CODE.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 3: press the button CHECK THE CODE (in capitals, the button&apos;s own words).</extracomment>
        <translation>Press CHECK THE CODE.</translation>
    </message>
    <message>
        <source>Then you choose a new password.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 4: after the code, the pupil chooses a new password.</extracomment>
        <translation>Then you choose a new password.</translation>
    </message>
    <message>
        <source>The code does not work? Press &quot;Request a new code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 5: if the code does not work, press &quot;Request a new code&quot; (same words as that button).</extracomment>
        <translation>The code does not work? Press &quot;Request a new code&quot;.</translation>
    </message>
    <message>
        <source>Make up a new password.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: make up a new password.</extracomment>
        <translation>Make up a new password.</translation>
    </message>
    <message>
        <source>Every line of the list must have a tick.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: the list under the password field must have a tick on every line.</extracomment>
        <translation>Every line of the list must have a tick.</translation>
    </message>
    <message>
        <source>Type the same password a 2nd time.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: type the same password again in the second field (&quot;2nd&quot; in digits, FALC).</extracomment>
        <translation>Type the same password a 2nd time.</translation>
    </message>
    <message>
        <source>Press RESET.</source>
        <extracomment>Easy-read (FALC) sentence, new-password screen, step 4: press the button RESET (in capitals, the button&apos;s own word).</extracomment>
        <translation>Press RESET.</translation>
    </message>
    <message>
        <source>Then you sign in with your new password.</source>
        <extracomment>Easy-read (FALC) sentence, new-password screen, step 5: afterwards the pupil signs in with the new password.</extracomment>
        <translation>Then you sign in with your new password.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <extracomment>Easy-read (FALC) sentence, forced password change screen, step 1: type the password used until now.</extracomment>
        <translation>Type your current password.</translation>
    </message>
    <message>
        <source>Press &quot;Change my password&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, forced password change screen, step 5: press the button &quot;Change my password&quot; (same words as that button).</extracomment>
        <translation>Press &quot;Change my password&quot;.</translation>
    </message>
    <message>
        <source>Your e-mail address helps you if you forget your password.</source>
        <extracomment>Easy-read (FALC) sentence, activation screen, step 4: why to give a personal e-mail address.</extracomment>
        <translation>Your e-mail address helps you if you forget your password.</translation>
    </message>
    <message>
        <source>Press ACTIVATE MY ACCOUNT.</source>
        <extracomment>Easy-read (FALC) sentence, activation screen, step 5: press the button ACTIVATE MY ACCOUNT (in capitals, the button&apos;s own words).</extracomment>
        <translation>Press ACTIVATE MY ACCOUNT.</translation>
    </message>
    <message>
        <source>Choose the button for your problem.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 1: choose the button that matches the problem.</extracomment>
        <translation>Choose the button for your problem.</translation>
    </message>
    <message>
        <source>You forgot your password: press &quot;Have you lost your password?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 2: forgotten password → the button &quot;Have you lost your password?&quot; (same words as that button).</extracomment>
        <translation>You forgot your password: press &quot;Have you lost your password?&quot;.</translation>
    </message>
    <message>
        <source>You have a code: press &quot;I received a code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 3: a code in hand → the button &quot;I received a code&quot; (same words as that button).</extracomment>
        <translation>You have a code: press &quot;I received a code&quot;.</translation>
    </message>
    <message>
        <source>You forgot your identifier: press &quot;Have you lost your identifier?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 4: forgotten identifier → the button &quot;Have you lost your identifier?&quot; (same words as that button).</extracomment>
        <translation>You forgot your identifier: press &quot;Have you lost your identifier?&quot;.</translation>
    </message>
    <message>
        <source>You want help from a person: press &quot;Do you want to contact the help desk?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 5: to talk to a person → the button &quot;Do you want to contact the help desk?&quot; (same words as that button).</extracomment>
        <translation>You want help from a person: press &quot;Do you want to contact the help desk?&quot;.</translation>
    </message>
    <message>
        <source>Type your personal e-mail address.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 1: type the personal e-mail address.</extracomment>
        <translation>Type your personal e-mail address.</translation>
    </message>
    <message>
        <source>Sometimes the screen asks for your first name and your school.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 3: when several accounts share the address, the screen asks for the first name and the school (ENT: établissement).</extracomment>
        <translation>Sometimes the screen asks for your first name and your school.</translation>
    </message>
    <message>
        <source>The ENT sends your identifier to this address.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 4: the ENT sends the identifier to that address.</extracomment>
        <translation>The ENT sends your identifier to this address.</translation>
    </message>
    <message>
        <source>Look in your e-mails and in your spam.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 5: look in the e-mails and in the spam folder.</extracomment>
        <translation>Look in your e-mails and in your spam.</translation>
    </message>
    <message>
        <source>You need your identifier: firstname.lastname.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 1: what the pupil needs first, the identifier (ENT: prénom.nom).</extracomment>
        <translation>You need your identifier: firstname.lastname.</translation>
    </message>
    <message>
        <source>You need your personal e-mail address.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 2: the pupil also needs the personal e-mail address saved in the account.</extracomment>
        <translation>You need your personal e-mail address.</translation>
    </message>
    <message>
        <source>Ask for a code with &quot;Have you lost your password?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 3: ask for a code with the button &quot;Have you lost your password?&quot; (same words as that button).</extracomment>
        <translation>Ask for a code with &quot;Have you lost your password?&quot;.</translation>
    </message>
    <message>
        <source>With the code, you choose a new password.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 4: with the code, choose a new password.</extracomment>
        <translation>With the code, you choose a new password.</translation>
    </message>
    <message>
        <source>Never give your password to anyone.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 5: keep the password secret.</extracomment>
        <translation>Never give your password to anyone.</translation>
    </message>
    <message>
        <source>An adult of your school can help you.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 1: an adult of the school can help.</extracomment>
        <translation>An adult of your school can help you.</translation>
    </message>
    <message>
        <source>The adult gives you a code.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 3: the adult gives the pupil a code (a renewal code).</extracomment>
        <translation>The adult gives you a code.</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <extracomment>The easy-read switch on every help screen and the new-password screen: a toggle button that shows the steps in short sentences with pictures (FALC: Facile à lire)</extracomment>
        <translation>Easy to read</translation>
    </message>
    <message>
        <source>Shows the steps in short sentences, with pictures.</source>
        <extracomment>What the easy-read switch does, told to a screen reader (FALC: Facile à lire)</extracomment>
        <translation>Shows the steps in short sentences, with pictures.</translation>
    </message>
    <message>
        <source>Easy-to-read steps</source>
        <extracomment>Accessible name of the list of easy-read steps shown under the switch</extracomment>
        <translation>Easy-to-read steps</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>An easy-read step: %1 is its number (1 to 5), %2 its sentence. Keep the number first in the reading order.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Ask a teacher or the school office.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 2: ask a teacher or the school office (FR: la vie scolaire).</extracomment>
        <translation>Ask a teacher or the school office.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::EntStatusBanner</name>
    <message>
        <source>The ENT is not answering at the moment. The help screens and the guide still work.</source>
        <extracomment>Banner while the ENT does not answer; the help screens need no server</extracomment>
        <translation>The ENT is not answering at the moment. The help screens and the guide still work.</translation>
    </message>
    <message numerus="yes">
        <source>New attempt in %n second(s).</source>
        <extracomment>Second sentence of the &apos;ENT unreachable&apos; banner; %n is a number of seconds</extracomment>
        <translation>
            <numerusform>New attempt in %n second(s).</numerusform>
            <numerusform>New attempt in %n second(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again…</source>
        <extracomment>Second sentence of the &apos;ENT unreachable&apos; banner while the kiosk is trying again</extracomment>
        <translation>Trying again…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::FederatedNotice</name>
    <message>
        <source>Notice for pupils who sign in with EduConnect</source>
        <extracomment>Accessible name of the school&apos;s notice for pupils who sign in with EduConnect, under the sign-in form</extracomment>
        <translation>Notice for pupils who sign in with EduConnect</translation>
    </message>
    <message>
        <source>Scan this code with your phone, or go to %1</source>
        <extracomment>Under the QR code of the EduConnect notice; %1 is the address the code holds</extracomment>
        <translation>Scan this code with your phone, or go to %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ForcedPasswordPage</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Your new password is saved. Sign in again with it.</source>
        <extracomment>On the sign-in screen after the forced password change</extracomment>
        <translation>Your new password is saved. Sign in again with it.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The forced change button while the ENT is saving the new password</extracomment>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ForgotPasswordPage</name>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Enter your identifier.</source>
        <translation>Enter your identifier.</translation>
    </message>
    <message>
        <source>If a phone number is linked to this account, a code has been sent to the mobile phone number you gave.</source>
        <extracomment>Shown after a code was asked by SMS, whatever the ENT answered (ENT: auth.notify.password.forgotten.sms)</extracomment>
        <translation>If a phone number is linked to this account, a code has been sent to the mobile phone number you gave.</translation>
    </message>
    <message>
        <source>If an e-mail address is linked to this account, a message with a link to renew your password has been sent to it. Remember to check your spam folder.</source>
        <extracomment>Shown after a message was asked by e-mail, whatever the ENT answered (ENT: auth.notify.password.forgotten)</extracomment>
        <translation>If an e-mail address is linked to this account, a message with a link to renew your password has been sent to it. Remember to check your spam folder.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>The send button while the ENT is being asked</extracomment>
        <translation>Sending…</translation>
    </message>
    <message numerus="yes">
        <source>You can send a new code in %n s</source>
        <extracomment>Under the disabled send button, counting down each second; &quot;s&quot; is the symbol for seconds</extracomment>
        <translation>
            <numerusform>You can send a new code in %n s</numerusform>
            <numerusform>You can send a new code in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::HelpPupilPage</name>
    <message>
        <source>The ENT refuses to show this class&apos;s list: it is not one of your classes. Type the pupil&apos;s identifier instead.</source>
        <extracomment>&quot;Aider un élève&quot;: the ENT refused the class list (401: not a class of this adult&apos;s)</extracomment>
        <translation>The ENT refuses to show this class&apos;s list: it is not one of your classes. Type the pupil&apos;s identifier instead.</translation>
    </message>
    <message>
        <source>%1 — account not activated yet: use the activation code</source>
        <extracomment>&quot;Aider un élève&quot;: a pupil in the class list whose account is not activated yet; %1 is the name</extracomment>
        <translation>%1 — account not activated yet: use the activation code</translation>
    </message>
    <message>
        <source>%1 — account blocked: see the ENT administrator</source>
        <extracomment>&quot;Aider un élève&quot;: a pupil in the class list whose account is blocked; %1 is the name</extracomment>
        <translation>%1 — account blocked: see the ENT administrator</translation>
    </message>
    <message>
        <source>The ENT refused: you can only make a code for a pupil of one of your classes (or, as the school&apos;s administrator, of your school). Check the identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: the ENT refused to make the code (401). ENT Core allows the teachers and staff of the pupil&apos;s class and the school&apos;s local administrator</extracomment>
        <translation>The ENT refused: you can only make a code for a pupil of one of your classes (or, as the school&apos;s administrator, of your school). Check the identifier.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>&quot;Aider un élève&quot; screen, the adult&apos;s button on the signed-in screen and its title (ENT wording)</extracomment>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Make the code</source>
        <extracomment>&quot;Aider un élève&quot;: confirms and asks the ENT for the pupil&apos;s code</extracomment>
        <translation>Make the code</translation>
    </message>
    <message>
        <source>Choose another pupil</source>
        <extracomment>&quot;Aider un élève&quot;: back from the confirmation to the choice of the pupil</extracomment>
        <translation>Choose another pupil</translation>
    </message>
    <message>
        <source>Hand over to the pupil</source>
        <extracomment>&quot;Aider un élève&quot;: signs the adult out and opens &quot;J&apos;ai reçu un code&quot; for the pupil</extracomment>
        <translation>Hand over to the pupil</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>&quot;Aider un élève&quot;: back to the signed-in screen</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Make a new password code for the account %1?</source>
        <extracomment>&quot;Aider un élève&quot; confirmation, when the identifier was typed; %1 is the identifier</extracomment>
        <translation>Make a new password code for the account %1?</translation>
    </message>
    <message>
        <source>Make a new password code for %1 (identifier %2)?</source>
        <extracomment>&quot;Aider un élève&quot; confirmation; %1 is the pupil&apos;s name and class, %2 the identifier</extracomment>
        <translation>Make a new password code for %1 (identifier %2)?</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <extracomment>&quot;Aider un élève&quot;: what the large code is, for a screen reader; %1 is the pupil&apos;s identifier</extracomment>
        <translation>Code for %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::HomeButton</name>
    <message>
        <source>BACK TO THE HOME SCREEN</source>
        <extracomment>Back to the sign-in screen from a help screen, in capitals as on the ENT (ENT: RETOUR À L&apos;ÉCRAN D&apos;ACCUEIL)</extracomment>
        <translation>BACK TO THE HOME SCREEN</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::IdleOverlay</name>
    <message numerus="yes">
        <source>You will be signed out in %n second(s).</source>
        <extracomment>Under &quot;Are you still there?&quot;; %n is the number of seconds before the automatic sign-out</extracomment>
        <translation>
            <numerusform>You will be signed out in %n second(s).</numerusform>
            <numerusform>You will be signed out in %n second(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown before the automatic sign-out</source>
        <extracomment>What a screen reader is told the &quot;You will be signed out in…&quot; line is</extracomment>
        <translation>Countdown before the automatic sign-out</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LanguageSwitch</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the group of language buttons</extracomment>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LoginPage</name>
    <message>
        <source>SIGN IN</source>
        <translation>SIGN IN</translation>
    </message>
    <message>
        <source>Enter your identifier.</source>
        <translation>Enter your identifier.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock is on.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <extracomment>The sign-in button while the ENT is being asked</extracomment>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LostIdentifierPage</name>
    <message>
        <source>Enter your personal e-mail address.</source>
        <extracomment>Shown when ENVOYER is pressed with no e-mail address on the lost-identifier screen</extracomment>
        <translation>Enter your personal e-mail address.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <extracomment>Shown when the first name is missing after the ENT asked for it</extracomment>
        <translation>Enter your first name.</translation>
    </message>
    <message>
        <source>If this e-mail address is valid, a message with your identifier has been sent to it. Remember to check your spam folder.</source>
        <extracomment>Shown after an identifier was asked, whatever the ENT answered (ENT: auth.notify.login.forgotten)</extracomment>
        <translation>If this e-mail address is valid, a message with your identifier has been sent to it. Remember to check your spam folder.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>The send button while the ENT is being asked</extracomment>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>Choose your school.</source>
        <extracomment>Shown when no school is chosen after the ENT asked for one (ENT: Veuillez choisir votre établissement)</extracomment>
        <translation>Choose your school.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::MainWindow</name>
    <message>
        <source>Your session on the ENT has ended. Sign in again to go on.</source>
        <extracomment>On the sign-in screen when the ENT has ended the session (expired, or ended elsewhere)</extracomment>
        <translation>Your session on the ENT has ended. Sign in again to go on.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::MessageLabel</name>
    <message>
        <source>Error</source>
        <extracomment>Said by a screen reader before an error message, as in &quot;Error: the identifier or the password is wrong&quot;</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Said by a screen reader before a warning, as in &quot;Warning: Caps Lock is on&quot;</extracomment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Said by a screen reader before the outcome of a help request, as in &quot;Result: if this address is valid…&quot;</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Said by a screen reader before an information message, as in &quot;Information: your password is saved&quot;</extracomment>
        <translation>Information</translation>
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
        <source>RESET</source>
        <translation>RESET</translation>
    </message>
    <message>
        <source>Your new password is saved. You can sign in.</source>
        <extracomment>On the sign-in screen, with the identifier filled in, once the ENT took the new password</extracomment>
        <translation>Your new password is saved. You can sign in.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The reset button while the ENT is saving the new password</extracomment>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PageScrollArea</name>
    <message>
        <source>More below</source>
        <extracomment>Shown at the bottom of a screen taller than the display while there is more to read below; a tap scrolls down</extracomment>
        <translation>More below</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PasswordChecklist</name>
    <message>
        <source>Your new password must meet every rule:</source>
        <extracomment>Above the list of rules a new password must meet, each line marked as met or not met</extracomment>
        <translation>Your new password must meet every rule:</translation>
    </message>
    <message>
        <source>✓ %1 — met</source>
        <extracomment>A rule the new password meets; %1 is the rule, such as &quot;At least 8 characters&quot;</extracomment>
        <translation>✓ %1 — met</translation>
    </message>
    <message>
        <source>✗ %1 — not met</source>
        <extracomment>A rule the new password does not meet yet; %1 is the rule, such as &quot;At least 8 characters&quot;</extracomment>
        <translation>✗ %1 — not met</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <extracomment>How a screen reader hears a rule the new password meets; %1 is the rule</extracomment>
        <translation>Rule met: %1</translation>
    </message>
    <message>
        <source>Rule not met: %1</source>
        <extracomment>How a screen reader hears a rule the new password does not meet; %1 is the rule</extracomment>
        <translation>Rule not met: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PasswordField</name>
    <message>
        <source>Hide the password</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <source>Hide the text of “%1”</source>
        <extracomment>Accessible name of the button that hides the field&apos;s text again; %1 is the field&apos;s label, such as &quot;New password&quot;</extracomment>
        <translation>Hide the text of “%1”</translation>
    </message>
    <message>
        <source>Show the text of “%1”</source>
        <translation>Show the text of “%1”</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <extracomment>Accessible name of a QR code picture</extracomment>
        <translation>QR code</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <extracomment>Accessible description of a QR code picture; %1 is the address it holds</extracomment>
        <translation>QR code of the address %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ReadAloudButton</name>
    <message>
        <source>Stop</source>
        <extracomment>Header button while the screen is being read aloud: pressing it stops the voice</extracomment>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>Header button on every screen: reads the screen&apos;s title, instructions and message aloud</extracomment>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <extracomment>What the header&apos;s « Écouter » button does, for a screen reader</extracomment>
        <translation>Read this page aloud</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ResetCodePage</name>
    <message>
        <source>CHECK THE CODE</source>
        <translation>CHECK THE CODE</translation>
    </message>
    <message>
        <source>Enter your identifier.</source>
        <translation>Enter your identifier.</translation>
    </message>
    <message>
        <source>Enter the code you received.</source>
        <translation>Enter the code you received.</translation>
    </message>
    <message>
        <source>This is not a reset code. The code has 8 characters (letters and digits); you can also type the whole link from the e-mail.</source>
        <extracomment>The typed code is neither 8 characters of the ENT&apos;s alphabet nor a reset link</extracomment>
        <translation>This is not a reset code. The code has 8 characters (letters and digits); you can also type the whole link from the e-mail.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check it, or request a new code.</source>
        <extracomment>The ENT does not know this code for this identifier (wrong, expired or already used)</extracomment>
        <translation>This code is not valid or has expired. Check it, or request a new code.</translation>
    </message>
    <message>
        <source>Too many tries: this code can no longer be used. Request a new code.</source>
        <extracomment>After five wrong codes for one identifier; the ENT no longer accepts the code either</extracomment>
        <translation>Too many tries: this code can no longer be used. Request a new code.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The check button while the ENT is being asked</extracomment>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::SignedInPage</name>
    <message>
        <source>Student</source>
        <extracomment>Account type ELEVE (ENT: Élève)</extracomment>
        <translation>Student</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Account type ENSEIGNANT (ENT: Enseignant)</extracomment>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>School staff</source>
        <extracomment>Account type PERSEDUCNAT: staff of the school who are not teachers (ENT: Personnel de l&apos;établissement)</extracomment>
        <translation>School staff</translation>
    </message>
    <message>
        <source>Parent</source>
        <extracomment>Account type PERSRELELEVE: a pupil&apos;s parent or guardian (ENT: Parent)</extracomment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <extracomment>Heading of the signed-in screen; %1 is the user&apos;s name (ENT: Bonjour %1)</extracomment>
        <translation>Hello %1</translation>
    </message>
    <message>
        <source>Greeting</source>
        <extracomment>What a screen reader is told the signed-in screen&apos;s &quot;Hello …&quot; heading is</extracomment>
        <translation>Greeting</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::StillLostPage</name>
    <message>
        <source>1. What you need</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>1. What you need</translation>
    </message>
    <message>
        <source>Your identifier, usually firstname.lastname.</source>
        <extracomment>Guide step, &quot;Still lost?&quot; screen</extracomment>
        <translation>Your identifier, usually firstname.lastname.</translation>
    </message>
    <message>
        <source>A personal e-mail address saved in your account (My account). Without it, no message can reach you: ask an adult at school.</source>
        <extracomment>Guide step, &quot;Still lost?&quot; screen; &quot;My account&quot; is the ENT&apos;s Mon compte</extracomment>
        <translation>A personal e-mail address saved in your account (My account). Without it, no message can reach you: ask an adult at school.</translation>
    </message>
    <message>
        <source>2. Ask for a code</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>2. Ask for a code</translation>
    </message>
    <message>
        <source>On the sign-in screen, choose &quot;Need help?&quot;, then &quot;Have you lost your password?&quot;.</source>
        <extracomment>Guide step; the quoted words are the labels of the help screens</extracomment>
        <translation>On the sign-in screen, choose &quot;Need help?&quot;, then &quot;Have you lost your password?&quot;.</translation>
    </message>
    <message>
        <source>Type your identifier and press SEND. A message with a code arrives at your personal e-mail address within a few minutes. Check your spam folder.</source>
        <extracomment>Guide step</extracomment>
        <translation>Type your identifier and press SEND (ENVOYER). A message with a code arrives at your personal e-mail address within a few minutes. Check your spam folder.</translation>
    </message>
    <message>
        <source>Choose &quot;I received a code&quot;, type your identifier and the code, then choose your new password.</source>
        <extracomment>Guide step; the quoted words are the label of the help screen button</extracomment>
        <translation>Choose &quot;I received a code&quot;, type your identifier and the code, then choose your new password.</translation>
    </message>
    <message>
        <source>Lost your identifier too? Choose &quot;Have you lost your identifier?&quot; and give your personal e-mail address.</source>
        <extracomment>Guide step</extracomment>
        <translation>Lost your identifier too? Choose &quot;Have you lost your identifier?&quot; and give your personal e-mail address.</translation>
    </message>
    <message>
        <source>3. Choose a good password</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>3. Choose a good password</translation>
    </message>
    <message>
        <source>Follow the rule shown under the password field: every line must be ticked.</source>
        <extracomment>Guide step; the rule itself is shown live when the password is typed</extracomment>
        <translation>Follow the rule shown under the password field: every line must be ticked.</translation>
    </message>
    <message>
        <source>Use a long sentence that only you know rather than a word, a name or a date of birth.</source>
        <extracomment>Guide step</extracomment>
        <translation>Use a long sentence that only you know rather than a word, a name or a date of birth.</translation>
    </message>
    <message>
        <source>4. Stay safe</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>4. Stay safe</translation>
    </message>
    <message>
        <source>Change your password from time to time.</source>
        <extracomment>Security advice</extracomment>
        <translation>Change your password from time to time.</translation>
    </message>
    <message>
        <source>Keep it secret: never give it to anyone, not even a friend.</source>
        <extracomment>Security advice</extracomment>
        <translation>Keep it secret: never give it to anyone, not even a friend.</translation>
    </message>
    <message>
        <source>Save a safe personal e-mail address in My account, one that only you can read.</source>
        <extracomment>Security advice</extracomment>
        <translation>Save a safe personal e-mail address in My account, one that only you can read.</translation>
    </message>
    <message>
        <source>On a shared computer, always sign out and never tick &quot;Remember me&quot;.</source>
        <extracomment>Security advice; &quot;Remember me&quot; is the ENT&apos;s « Se souvenir de moi »</extracomment>
        <translation>On a shared computer, always sign out and never tick &quot;Remember me&quot;.</translation>
    </message>
    <message>
        <source>5. Online help</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen, above the address of the online help</extracomment>
        <translation>5. Online help</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the online help: %1</source>
        <extracomment>Next to the QR code; %1 is the address of the online help page</extracomment>
        <translation>Scan this code with your phone to open the online help: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::TermsPage</name>
    <message>
        <source>The full terms of use of your ENT can be read on %1, under &quot;Terms of use&quot;. By accepting, you agree to use the ENT according to them.</source>
        <extracomment>Body of the terms page; %1 is the ENT&apos;s address, where the full terms can be read</extracomment>
        <translation>The full terms of use of your ENT can be read on %1, under &quot;Terms of use&quot;. By accepting, you agree to use the ENT according to them.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <extracomment>Title of the sign-in screen (ENT: Connexion)</extracomment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the login field (ENT: Identifiant)</extracomment>
        <translation>&amp;Identifier (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the login field, without the mnemonic</extracomment>
        <translation>Identifier (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Your ENT identifier, in the form firstname.lastname</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the login field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>firstname.lastname</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <extracomment>Label of the password field (ENT: Mot de passe)</extracomment>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Same as the label of the password field, without the mnemonic</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me</source>
        <extracomment>Same as the check box text, without the mnemonic</extracomment>
        <translation>Remember me</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <extracomment>Keeps the identifier on this computer (ENT: Se souvenir de moi)</extracomment>
        <translation>&amp;Remember me</translation>
    </message>
    <message>
        <source>Need help?</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Need help?</translation>
    </message>
    <message>
        <source>&amp;Need help?</source>
        <extracomment>Link to the help screens for a lost password or identifier (ENT: Besoin d&apos;aide ?)</extracomment>
        <translation>&amp;Need help?</translation>
    </message>
    <message>
        <source>SIGN IN</source>
        <extracomment>Same as the button text
----------
The sign-in button, in capitals as on the ENT (ENT: CONNEXION)</extracomment>
        <translation>SIGN IN</translation>
    </message>
</context>
<context>
    <name>LostIdentifierPage</name>
    <message>
        <source>Have you lost your identifier?</source>
        <extracomment>Title of the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)</extracomment>
        <translation>Have you lost your identifier?</translation>
    </message>
    <message>
        <source>Enter the personal e-mail address saved in your account: we will send your identifier to it.</source>
        <extracomment>Introduction of the lost-identifier screen</extracomment>
        <translation>Enter the personal e-mail address saved in your account: we will send your identifier to it.</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <extracomment>Label of the e-mail field of the lost-identifier screen (ENT: Adresse email)</extracomment>
        <translation>Personal e-mail address</translation>
    </message>
    <message>
        <source>Please enter your first name:</source>
        <extracomment>Asked when several accounts share the e-mail address (ENT: Veuillez entrer votre prénom :)</extracomment>
        <translation>Please enter your first name:</translation>
    </message>
    <message>
        <source>Please choose your school:</source>
        <extracomment>Asked when several accounts share the e-mail address (ENT: Veuillez choisir votre établissement :)</extracomment>
        <translation>Please choose your school:</translation>
    </message>
    <message>
        <source>How is my identifier made?</source>
        <extracomment>Button that shows or hides the explanation of identifiers (ENT: Comment est construit mon identifiant ?)</extracomment>
        <translation>How is my identifier made?</translation>
    </message>
    <message>
        <source>Your identifier is usually your first name and your last name separated by a dot, in lower case and without accents: élodie.dupré becomes elodie.dupre. Compound names keep their hyphen (jean-marc.durand), and double last names are joined with a hyphen (lea.martin-lopez). When two people have the same name, a digit follows the second one (paul.petit1).</source>
        <extracomment>Explanation of how ENT identifiers are built, shown under its button</extracomment>
        <translation>Your identifier is usually your first name and your last name separated by a dot, in lower case and without accents: élodie.dupré becomes elodie.dupre. Compound names keep their hyphen (jean-marc.durand), and double last names are joined with a hyphen (lea.martin-lopez). When two people have the same name, a digit follows the second one (paul.petit1).</translation>
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
        <translation>New password</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Caption of the identifier whose password is being reset (ENT: Identifiant)</extracomment>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <extracomment>Label of the new password field (ENT: Nouveau mot de passe)</extracomment>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again (ENT: Confirmation du nouveau mot de passe)</extracomment>
        <translation>&amp;Confirm the new password</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Same as the label of the confirmation field, without the mnemonic</extracomment>
        <translation>Confirm the new password</translation>
    </message>
    <message>
        <source>RESET</source>
        <extracomment>Same as the button text
----------
Saves the new password, in capitals as on the ENT (ENT: RÉINITIALISER)</extracomment>
        <translation>RESET</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one letter</source>
        <translation>At least one letter</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>At least one digit</translation>
    </message>
    <message>
        <source>Meets the ENT&apos;s password rule</source>
        <translation>Meets the ENT&apos;s password rule</translation>
    </message>
    <message>
        <source>The two entries are identical</source>
        <translation>The two entries are identical</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <source>I received a code</source>
        <extracomment>Title of the screen where a reset code is typed (J&apos;ai reçu un code)</extracomment>
        <translation>I received a code</translation>
    </message>
    <message>
        <source>Enter your identifier and the code you received. You can also type the whole link from the e-mail.</source>
        <extracomment>Explains the reset code screen</extracomment>
        <translation>Enter your identifier and the code you received. You can also type the whole link from the e-mail.</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the identifier field (ENT: Identifiant)</extracomment>
        <translation>&amp;Identifier (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>Identifier (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Your ENT identifier, in the form firstname.lastname</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the identifier field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>firstname.lastname</translation>
    </message>
    <message>
        <source>&amp;Code received by e-mail, or the whole link</source>
        <extracomment>Label of the reset code field: the 8-character code, or the whole link of the e-mail (Code reçu par e-mail, ou le lien complet)</extracomment>
        <translation>&amp;Code received by e-mail, or the whole link</translation>
    </message>
    <message>
        <source>Code received by e-mail, or the whole link</source>
        <extracomment>Same as the label of the code field, without the mnemonic</extracomment>
        <translation>Code received by e-mail, or the whole link</translation>
    </message>
    <message>
        <source>8 letters and digits; capitals, spaces and dashes do not matter</source>
        <translation>8 letters and digits; capitals, spaces and dashes do not matter</translation>
    </message>
    <message>
        <source>CHECK THE CODE</source>
        <extracomment>Same as the button text
----------
Checks the reset code with the ENT, in capitals like the ENT&apos;s buttons (VÉRIFIER LE CODE)</extracomment>
        <translation>CHECK THE CODE</translation>
    </message>
    <message>
        <source>Request a new code</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen to have a new code sent (Demander un nouveau code)</extracomment>
        <translation>Request a new code</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>Profile</source>
        <extracomment>What kind of ENT account this is: pupil, teacher, parent… (ENT: Profil)</extracomment>
        <translation>Profile</translation>
    </message>
    <message>
        <source>School</source>
        <extracomment>The school (lycée) of the account (ENT: Établissement)</extracomment>
        <translation>School</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The class the pupil is in, e.g. 2nde 3 (ENT: Classe)</extracomment>
        <translation>Class</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <extracomment>Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>My account</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>My account</translation>
    </message>
    <message>
        <source>&amp;My account</source>
        <extracomment>Opens the account screen: password, personal e-mail address, other devices (ENT: Mon compte)</extracomment>
        <translation>&amp;My account</translation>
    </message>
    <message>
        <source>Help a pupil</source>
        <extracomment>Same as the button text
----------
For a teacher or the school staff only, beside My account: makes a password code for a pupil of their class (ENT: Aider un élève)</extracomment>
        <translation>Help a pupil</translation>
    </message>
</context>
<context>
    <name>StillLostPage</name>
    <message>
        <source>Still lost?</source>
        <extracomment>Title of the step-by-step guide screen (ENT: Vous êtes toujours perdu ?)</extracomment>
        <translation>Still lost?</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <extracomment>Heading of the terms page after sign-in (ENT: Conditions générales d&apos;utilisation)
----------
Same as the heading</extracomment>
        <translation>Terms of use</translation>
    </message>
    <message>
        <source>The terms of use of your ENT have changed. Read them, then accept them to go on. If you refuse, you are signed out.</source>
        <extracomment>Why the terms page is shown</extracomment>
        <translation>The terms of use of your ENT have changed. Read them, then accept them to go on. If you refuse, you are signed out.</translation>
    </message>
    <message>
        <source>I accept</source>
        <extracomment>Same as the button text
----------
Accepts the terms of use and goes on (ENT: J&apos;accepte)</extracomment>
        <translation>I accept</translation>
    </message>
    <message>
        <source>I refuse and sign out</source>
        <extracomment>Same as the button text
----------
Refuses the terms: signs out and wipes everything</extracomment>
        <translation>I refuse and sign out</translation>
    </message>
</context>
</TS>
