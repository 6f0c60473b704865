act m "Minimal act"
  jurisdiction az
article 1 excerpt
