# Criminal Procedure Code of the Republic of Azerbaijan — the victim's access to justice,
# legal aid, protection, the civil claim and state compensation.
# Facts: ../shared/legal/FACTS.md §3. "The victim" of the Code is a procedural status
# (recognised-victim): the exact trigger and timing of recognition are not verified.

act cpc "Criminal Procedure Code"
  jurisdiction az
  adopted 2000-07-14 number "907-IQ"
  encoded excerpt

article 12 "Access to justice for victims" excerpt
  provision 12.2 "A person harmed by a crime may ask for the offender to be prosecuted, join the case as victim or as private prosecutor, and be compensated for material, physical and non-pecuniary harm."
    source "iccdb.hrlc.net, CPC in English, doc 225 (keyword 604)"
    note "How the compensation is obtained (from the offender, by a civil claim) is set in Chapter XIX and Art. 191; this is the principle."
    grants victim-of-crime compensation

article 19 "Right to qualified legal assistance" excerpt
  provision 19.1 "Those conducting the proceedings must see to it that the victim can exercise the right to adequate legal help."
    source "iccdb.hrlc.net, CPC in English, doc 225 (keyword 604)"
    obliges prosecuting-authority to secure-legal-assistance for recognised-victim
  provision 19.2 "The victim may use the legal assistance of representatives the victim invites."
    source "iccdb.hrlc.net, CPC in English, doc 225 (keyword 604)"
    note "No provision was found that gives a presumed victim a lawyer appointed or paid by the state from the reasonable-grounds stage (absence not verified)."
    note "The right belongs to the victim, a procedural status; from which moment a person holds that status (87.2) is not verified, so no stage is encoded (a first encoding said 'from recognition as victim', which was our reading)."
    grants recognised-victim lawyer-of-choice
  provision 19.3 "When a victim or a witness is questioned, the lawyer they have invited may be present and may not be kept out."
    source "iccdb.hrlc.net, CPC in English, doc 225 (keyword 604)"
    grants victim-or-witness lawyer-of-choice from statement

article 87 "The victim" excerpt
  provision 87.2 "Deals with recognising a person as victim in the proceedings."
    source "constcourt.gov.az, decision of 15 Apr 2014 (decision 1065) interpreting Art. 87.2" dated 2014-04-15
    note "The wording of 87.2, and so the exact trigger and timing of victim status, are not verified."
  provision 87.6.14 "Among the victim's rights listed in 87.6: the right to appeal against judgments."
    source "constcourt.gov.az, decision 519"
    grants recognised-victim appeal
  provision 87.7.1 "The victim must appear when summoned by the prosecuting authority or the court."
    source "comments.fondvsg.ru, CPC of Azerbaijan (Russian), p. 26"
    note "A duty of the victim (not of an authority): once recognised, the victim is bound to appear and to give evidence (87.7.1-87.7.2)."
    binds recognised-victim to appear-when-summoned
  provision 87.7.2 "The victim must give evidence when required."
    source "comments.fondvsg.ru, CPC of Azerbaijan (Russian), p. 26"
    note "A duty of the victim (see 87.7.1). A requirement may treat it as an implied condition of co-operation: the rights of the recognised victim come with a duty to give evidence."
    binds recognised-victim to testify

article 95 "The witness" excerpt
  provision 95 "Sets the status, rights and duties of a witness."
    source "cjad.nottingham.ac.uk, CPC in English"
    note "Content beyond the topic of the article is not encoded."

article 123 "Security measures for participants in the proceedings" excerpt
  provision 123 "The prosecuting authority must protect a victim, witness or other participant in the proceedings whose safety calls for it."
    source "cjad.nottingham.ac.uk, CPC in English (keyword 243)"
    obliges prosecuting-authority to take-security-measures for participant-in-criminal-proceedings when person-at-risk

article 179 "Civil claim in criminal proceedings" excerpt
  note "Chapter XIX of the Code (Art. 179 ff.) governs the civil claim in criminal proceedings; only 179.1 and 179.2 are encoded."
  provision 179.1 "Civil claims in criminal proceedings are filed, proved and decided under the rules of this Code."
    source "azrefs.org, CPC of Azerbaijan, p. 15"
    note "A procedural rule: who may bring the civil claim is not verified, so no entitlement is encoded here (the victim's right to compensation is the principle in 12.2)."
    note "Supreme Court letter of 8 Dec 2021 No. 2-1315 (e-huquq.az 41460): a civil claim brought in criminal proceedings bears state duty except for exempt claimants; if payment is not shown, the claim goes back to the claimant."
  provision 179.2 "Rules of civil procedure also apply to such claims."
    source "azrefs.org, CPC of Azerbaijan, p. 15"

article 191 "Compensation of damage from the state" complete
  provision 191 "On the victim's application, the court decides whether the damage caused by the crime is to be paid from the state budget; where the court does so in a conviction, it also has the convicted person repay the sum to the budget."
    source "e-huquq.az, article 26856 on CPC Art. 191"
    note "Paragraph numbers inside Art. 191 are not verified, so the article is encoded as one provision. CP/Rec(2023)03 asks that it be applied in practice, which implies it was not; whether it was applied to victims of trafficking in 2018-22 is not verified."
    grants recognised-victim state-compensation when court-decision

article 197 "Court costs" excerpt
  provision 197.1.1 "Lists compensation paid from the state under Art. 191 among the court costs."
    source "azkurs.org, commentary on the CPC, p. 424"
