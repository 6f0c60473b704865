# Law "On Suspension of Inspections in the Field of Entrepreneurship" (2015).
# Facts: ../shared/legal/FACTS.md §8.

act inspection-moratorium "Law on Suspension of Inspections in the Field of Entrepreneurship"
  jurisdiction az
  adopted 2015-10-20 number "1410-IVQ"
  source "ILO CEACR, observation on C081/C129 adopted 2023"
  encoded excerpt
  note "The ILO calls the suspension a serious breach of Convention No. 81. According to the US TIP reports, labour inspections, planned or unannounced, remained suspended in 2021, 2022 and 2023. Any extension beyond 1 Jan 2024 is not verified."

article ?1 "Suspension of inspections" excerpt
  note "article number not verified (written ?1); the suspension and its dates are verified from the ILO CEACR observation"
  provision ?1 "Inspections of business entities are suspended from 1 Nov 2015; the suspension was extended until 1 Jan 2024. Inspections of potentially dangerous facilities and of mining are excepted."
    source "ILO CEACR, observation on C081/C129 adopted 2023"
    note "The extensions were made by later laws whose dates and numbers are not verified; the end date is the one the ILO reports."
    suspends inspect-workplaces from 2015-11-01 until 2024-01-01 unless potentially-dangerous-facility unless mining
