act cpc "Criminal Procedure Code"
  jurisdiction az
  encoded excerpt
article 19 "Legal aid" excerpt
  provision 19.2 "Victim may use lawyer they invite."
    grants recognised-victim lawyer-of-choice from recognition-as-victim
article 20 "x" excerpt
  provision 20.1 "inspect"
    obliges labour-inspectorate to inspect-workplaces
  provision 20.2 "moratorium"
    suspends inspect-workplaces from 2015-11-01 until 2024-01-01
