<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
        <source>Your school's administrator has blocked your access to your educational network. Please contact them.</source>
        <translation>Your school's administrator has blocked your access to your educational network. Please contact them.</translation>
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
        <translation>&amp;Identifier</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>Identifier</translation>
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
        <extracomment>Sends the reset code by SMS to the pupil's mobile (ENT: Envoyer un sms)</extracomment>
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
        <source>I received my code</source>
        <extracomment>Same as the button text
----------
Opens the screen where the received code is typed (J'ai reçu mon code)</extracomment>
        <translation>I received my code</translation>
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
        <extracomment>Under the disabled send button, counting down each second; "s" is the symbol for seconds</extracomment>
        <translation>
            <numerusform>You can send a new code in %n s</numerusform><numerusform>You can send a new code in %n s</numerusform></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Need help?</source>
        <extracomment>Title of the help screen (ENT: Besoin d'aide ?)</extracomment>
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
        <extracomment>Help topic for a pupil who already has a reset code or the e-mailed link (no ENT text: J'ai reçu un code)</extracomment>
        <translation>I received a code</translation>
    </message>
</context>
<context>
    <name>HomeButton</name>
    <message>
        <source>BACK TO THE HOME SCREEN</source>
        <extracomment>Back to the sign-in screen from a help screen, in capitals as on the ENT (ENT: RETOUR À L'ÉCRAN D'ACCUEIL)</extracomment>
        <translation>BACK TO THE HOME SCREEN</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the group of language buttons</extracomment>
        <translation>Language</translation>
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
        <translation>&amp;Identifier</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the login field, without the mnemonic</extracomment>
        <translation>Identifier</translation>
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
        <extracomment>Link to the help screens for a lost password or identifier (ENT: Besoin d'aide ?)</extracomment>
        <translation>&amp;Need help?</translation>
    </message>
    <message>
        <source>SIGN IN</source>
        <extracomment>Same as the button text
----------
The sign-in button, in capitals as on the ENT (ENT: CONNEXION)</extracomment>
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
    <name>PasswordChecklist</name>
    <message>
        <source>Your new password must meet every rule:</source>
        <extracomment>Above the list of rules a new password must meet, each line marked as met or not met</extracomment>
        <translation>Your new password must meet every rule:</translation>
    </message>
    <message>
        <source>✓ %1 — met</source>
        <extracomment>A rule the new password meets; %1 is the rule, such as "At least 8 characters"</extracomment>
        <translation>✓ %1 — met</translation>
    </message>
    <message>
        <source>✗ %1 — not met</source>
        <extracomment>A rule the new password does not meet yet; %1 is the rule, such as "At least 8 characters"</extracomment>
        <translation>✗ %1 — not met</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide the password</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Show the password</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform><numerusform>At least %n characters</numerusform></translation>
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
        <source>Meets the ENT's password rule</source>
        <translation>Meets the ENT's password rule</translation>
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
        <extracomment>Title of the screen where a reset code is typed (J'ai reçu un code)</extracomment>
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
        <translation>&amp;Identifier</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>Identifier</translation>
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
Checks the reset code with the ENT, in capitals like the ENT's buttons (VÉRIFIER LE CODE)</extracomment>
        <translation>CHECK THE CODE</translation>
    </message>
    <message>
        <source>Request a new code</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen to have a new code sent (Demander un nouveau code)</extracomment>
        <translation>Request a new code</translation>
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
        <extracomment>The typed code is neither 8 characters of the ENT's alphabet nor a reset link</extracomment>
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
        <extracomment>Account type PERSEDUCNAT: staff of the school who are not teachers (ENT: Personnel de l'établissement)</extracomment>
        <translation>School staff</translation>
    </message>
    <message>
        <source>Parent</source>
        <extracomment>Account type PERSRELELEVE: a pupil's parent or guardian (ENT: Parent)</extracomment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <extracomment>Heading of the signed-in screen; %1 is the user's name (ENT: Bonjour %1)</extracomment>
        <translation>Hello %1</translation>
    </message>
</context>
</TS>