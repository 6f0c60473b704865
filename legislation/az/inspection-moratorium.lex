# Law "On Suspension of Inspections in the Field of Entrepreneurship" (2015).
# Facts: ../shared/legal/FACTS.md §8.

act inspection-moratorium "Law on Suspension of Inspections in the Field of Entrepreneurship"
  jurisdiction az
  adopted 2015-10-20 number "1410-IVQ"
  source "ILO CEACR, observation on C081/C129 adopted 2023"
  encoded excerpt
  source "Trend news agency, 2 Feb 2026 (trend.az/azerbaijan/society/4148737.html)" dated 2026-02-02
  note "The ILO calls the suspension a serious breach of Convention No. 81. According to the US TIP reports, labour inspections, planned or unannounced, remained suspended in 2021, 2022 and 2023."
  note "Only the end date 1 Jan 2024 is verified. A news report (Trend, 2 Feb 2026) says the suspension then ran until 1 Jan 2026 and that a draft extending it to 1 Jan 2027 passed its first reading that day; the laws making those extensions (numbers, dates) are not verified. They are encoded as unverified suspensions (?1.?1, ?1.?2), so that after 1 Jan 2024 inspections are never read as restored."

article ?1 "Suspension of inspections" excerpt
  note "article number not verified (written ?1); the suspension and its dates are verified from the ILO CEACR observation"
  provision ?1 "Inspections of business entities are suspended from 1 Nov 2015; the suspension was extended until 1 Jan 2024. Inspections of potentially dangerous facilities and of mining are excepted."
    source "ILO CEACR, observation on C081/C129 adopted 2023"
    note "The extensions were made by later laws whose dates and numbers are not verified; the end date is the one the ILO reports."
    suspends inspect-workplaces from 2015-11-01 until 2024-01-01 unless potentially-dangerous-facility unless mining
  provision ?1.?1 "The suspension was extended again and ran until 1 Jan 2026 (reported)."
    source "Trend news agency, 2 Feb 2026 (trend.az/azerbaijan/society/4148737.html)" dated 2026-02-02
    source "US Department of State, Trafficking in Persons reports 2024 and 2025 (ecoi.net copies): labour inspections still suspended"
    unverified "the extension past 1 Jan 2024 is known only from a news report and the US TIP reports; the amending law, its number and date, and its exact exceptions are not verified"
    note "The exceptions Trend lists for the period (tax, financial markets, customs, medicines, food, fire, construction, high-risk facilities and mining, radiation and others) do not include labour inspection."
    suspends inspect-workplaces from 2024-01-01 until 2026-01-01
  provision ?1.?2 "A draft law extending the suspension until 1 Jan 2027 passed its first reading on 2 Feb 2026 (reported)."
    source "Trend news agency, 2 Feb 2026 (trend.az/azerbaijan/society/4148737.html)" dated 2026-02-02
    unverified "a draft at first reading, not an adopted law: whether it was adopted, and whether it covers the time from 1 Jan 2026, are not verified"
    suspends inspect-workplaces from 2026-01-01 until 2027-01-01
