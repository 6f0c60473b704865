# Law on Grants (1998), as amended in 2013 and 2014. Facts: ../shared/legal/FACTS.md §11,
# and the unofficial translations in the ICNL library (see legislation/az/README.md).

act grants-law "Law on Grants"
  jurisdiction az
  adopted unknown number unknown
  source "Venice Commission newsletter 2014; CDL-REF(2014)053"
  source "ealegislation.com, document rgn=65887 (Law No. 852-IVQD of 17 Dec 2013 amending the Law on Grants)"
  source "ICNL library: Cabinet of Ministers Resolution No. 339 of 22 Oct 2015 (foreign donors' right to give grants) and No. 216 of 5 Jun 2015 (registration of grant agreements), unofficial translations"
  encoded excerpt
  note "Published in the Collection of Legislation in 1998 (ealegislation.com rgn=65887); the day of adoption and the number are not verified. Amended on 17 Dec 2013 (No. 852-IVQD) and on 17 Oct 2014 (No. 1081-IVQD), together with the NGO Law."
  note "Fines for failing to register a grant are reported (newscafe.ge); which law sets them and their amounts are not verified, so none is encoded."

article 2 "Donors and recipients" excerpt
  note "only part 5-1 is encoded; its wording is known from the implementing Cabinet of Ministers resolution, not from the Law's own text"
  provision 2.5-1 "A foreign donor may give a grant in Azerbaijan only once it has obtained the right to do so; the Cabinet of Ministers sets how that right is obtained (part added by Law No. 1081-IVQD of 17 Oct 2014)."
    source "ICNL library: Cabinet of Ministers Resolution No. 339 of 22 Oct 2015, item 1.1 (unofficial translation)"
    source "newscafe.ge, on the 2013-14 amendments"
    note "Under the resolution the right is obtained for each grant agreement (isaznow.com, on a later amendment of the rules); the grant must also be registered (Art. 4)."
    permits ngo to receive-foreign-grants when prior-authorisation when grant-registered

article 4 "Registration of grant agreements" excerpt
  provision 4.4 "A recipient in Azerbaijan presents each grant agreement it receives to the competent executive body for registration (wording of 17 Dec 2013)."
    source "ealegislation.com, document rgn=65887 (Law No. 852-IVQD of 17 Dec 2013)" dated 2013-12-17
    source "ICNL library: Cabinet of Ministers Resolution No. 216 of 5 Jun 2015, item 1.3: the Ministry of Justice registers the grants of non-commercial bodies"
    note "Registration is a condition of the clause in 2.5-1; it is not encoded again here."
