# Law on Non-Governmental Organisations (Public Associations and Foundations), 2000.
# Facts: ../shared/legal/FACTS.md §11.

act ngo-law "Law on Non-Governmental Organisations (Public Associations and Foundations)"
  jurisdiction az
  adopted unknown number unknown
  source "Venice Commission newsletter 2014; CDL-REF(2014)053"
  encoded excerpt
  note "Adopted in 2000 (day and number not verified). Amended on 15 Feb 2013 (adding Art. 24-1), on 17 Dec 2013 (in force 3 Feb 2014) and on 17 Oct 2014 (signed 14 Nov 2014). The Venice Commission reviewed the amendments in opinion CDL-AD(2014)043 (No. 787/2014, adopted 12-13 Dec 2014); that the opinion is critical is not verified."

article 24-1 "Donations and grants" excerpt
  provision 24-1 "Governs donations and grants received by NGOs (added on 15 Feb 2013)."
    source "Venice Commission newsletter 2014; CDL-REF(2014)053"
    note "The date the amendment entered into force, and its content beyond the topic, are not verified."
