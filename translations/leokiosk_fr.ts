<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>EntMessages</name>
    <message>
        <source>The ENT cannot be reached. Check the network connection or try again in a moment.</source>
        <translation>L'ENT ne répond pas. Vérifiez la connexion au réseau ou réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The ENT did not answer in time. Please try again in a moment.</source>
        <translation>L'ENT n'a pas répondu à temps. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>The connection to the ENT is not secure (certificate problem). Please tell the IT staff.</source>
        <translation>La connexion à l'ENT n'est pas sécurisée (problème de certificat). Veuillez prévenir le service informatique.</translation>
    </message>
    <message>
        <source>The ENT sent an answer that the kiosk does not understand. Please try again or tell the IT staff.</source>
        <translation>L'ENT a envoyé une réponse que la borne ne comprend pas. Veuillez réessayer ou prévenir le service informatique.</translation>
    </message>
    <message>
        <source>The ENT has a technical problem. Please try again later.</source>
        <translation>L'ENT rencontre un problème technique. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>Vous n'êtes pas connecté ou votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The identifier or the password is incorrect.</source>
        <translation>L'identifiant ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>For security reasons, your account is temporarily blocked after too many sign-in attempts. Please try again later.</source>
        <translation>Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand nombre de tentatives de connexion. Veuillez réessayer ultérieurement.</translation>
    </message>
    <message>
        <source>Your school's administrator has blocked your access to your educational network. Please contact them.</source>
        <translation>L'administrateur de votre établissement a bloqué votre accès à votre réseau éducatif. Veuillez le contacter.</translation>
    </message>
    <message>
        <source>Access to your educational network is temporarily blocked for your user profile.</source>
        <translation>L'accès à votre réseau éducatif est temporairement bloqué pour votre profil d'utilisateur.</translation>
    </message>
    <message>
        <source>Your educational network is temporarily unavailable. The team is doing its utmost to fix it as quickly as possible.</source>
        <translation>Votre réseau éducatif est momentanément indisponible, notre équipe fait le maximum pour résoudre ces perturbations le plus rapidement possible.</translation>
    </message>
    <message>
        <source>This sign-in method is not allowed.</source>
        <translation>Mode d'authentification non autorisé.</translation>
    </message>
    <message>
        <source>You typed an activation code: your account is not activated yet. Activate it on the ENT website first.</source>
        <translation>Vous avez saisi un code d'activation : votre compte n'est pas encore activé. Activez-le d'abord sur le site de l'ENT.</translation>
    </message>
    <message>
        <source>You typed a password reset code. Choose your new password.</source>
        <translation>Vous avez saisi un code de réinitialisation. Choisissez votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Too many people are connected to the ENT right now. Please try again in a few minutes.</source>
        <translation>Trop de personnes sont connectées à l'ENT en ce moment. Veuillez réessayer dans quelques minutes.</translation>
    </message>
    <message>
        <source>The kiosk is not correctly registered with the ENT. Please tell the IT staff.</source>
        <translation>La borne n'est pas correctement enregistrée auprès de l'ENT. Veuillez prévenir le service informatique.</translation>
    </message>
    <message>
        <source>The ENT refused the request.</source>
        <translation>L'ENT a refusé la demande.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the group of language buttons</extracomment>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <extracomment>Title of the sign-in screen (ENT: Connexion)</extracomment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the login field (ENT: Identifiant)</extracomment>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the login field, without the mnemonic</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Votre identifiant LEO, de la forme prénom.nom</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the login field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>prénom.nom</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <extracomment>Label of the password field (ENT: Mot de passe)</extracomment>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Same as the label of the password field, without the mnemonic</extracomment>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember me</source>
        <extracomment>Same as the check box text, without the mnemonic</extracomment>
        <translation>Se souvenir de moi</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <extracomment>Keeps the identifier on this computer (ENT: Se souvenir de moi)</extracomment>
        <translation>Se &amp;souvenir de moi</translation>
    </message>
    <message>
        <source>Need help?</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Besoin d'aide ?</translation>
    </message>
    <message>
        <source>&amp;Need help?</source>
        <extracomment>Link to the help screens for a lost password or identifier (ENT: Besoin d'aide ?)</extracomment>
        <translation>&amp;Besoin d'aide ?</translation>
    </message>
    <message>
        <source>SIGN IN</source>
        <extracomment>Same as the button text
----------
The sign-in button, in capitals as on the ENT (ENT: CONNEXION)</extracomment>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>Enter your identifier.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>La touche Verr. Maj est activée.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <extracomment>The sign-in button while the ENT is being asked</extracomment>
        <translation>Connexion en cours…</translation>
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
    <name>PasswordField</name>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>Profile</source>
        <extracomment>What kind of ENT account this is: pupil, teacher, parent… (ENT: Profil)</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>School</source>
        <extracomment>The school (lycée) of the account (ENT: Établissement)</extracomment>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The class the pupil is in, e.g. 2nde 3 (ENT: Classe)</extracomment>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <extracomment>Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Student</source>
        <extracomment>Account type ELEVE (ENT: Élève)</extracomment>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Account type ENSEIGNANT (ENT: Enseignant)</extracomment>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>School staff</source>
        <extracomment>Account type PERSEDUCNAT: staff of the school who are not teachers (ENT: Personnel de l'établissement)</extracomment>
        <translation>Personnel de l'établissement</translation>
    </message>
    <message>
        <source>Parent</source>
        <extracomment>Account type PERSRELELEVE: a pupil's parent or guardian (ENT: Parent)</extracomment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <extracomment>Heading of the signed-in screen; %1 is the user's name (ENT: Bonjour %1)</extracomment>
        <translation>Bonjour %1</translation>
    </message>
</context>
</TS>