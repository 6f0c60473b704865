# Regulations of the State Labour Inspection Service (Presidential Decree No. 386 of
# 16 Feb 2011). Facts: ../shared/legal/FACTS.md §8. Item numbers are not verified (?N).

act labour-inspection-regulations "Regulations of the State Labour Inspection Service"
  jurisdiction az
  adopted 2011-02-16 number "386"
  source "ILO CEACR, direct request on C081 (2023)"
  encoded excerpt

article ?1 "Mandate of the Service" excerpt
  note "item number and exact wording not verified (written ?1); the mandate (legal entities and individual entrepreneurs) is verified from the ILO CEACR direct request 2023"
  provision ?1 "The Service supervises compliance with labour law by legal entities and individual entrepreneurs."
    source "ILO CEACR, direct request on C081 (2023)"
    note "CP/Rec(2023)03 (item 5) asks for the mandate to be reviewed so that it also covers businesses that are not registered."
    obliges labour-inspectorate to inspect-workplaces for registered-business
