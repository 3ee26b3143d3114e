/**
 * Words of logistics — places, transport, times, food, household chores — that fill directions, plans,
 * recipes and packing lists. A long draft thick with them (and with numbers) is practical, not a letter.
 */
export default [
  'address', 'airbnb', 'airport', 'alarm', 'am', 'apartment', 'apt', 'arrive', 'ave', 'avenue', 'bag', 'bags',
  'bake', 'bin', 'bins', 'block', 'booking', 'box', 'boxes', 'breakfast', 'bring', 'bus', 'cash', 'charger',
  'check-in', 'checkout', 'code', 'cost', 'cup', 'cups', 'degrees', 'dinner', 'door', 'drive', 'drop', 'entrance',
  'exit', 'feed', 'flight', 'floor', 'friday', 'g', 'garlic', 'gate', 'grams', 'heat', 'hotel', 'hours', 'hrs',
  'jacket', 'kg', 'key', 'keys', 'left', 'litter', 'lock', 'lunch', 'meet', 'metro', 'min', 'mins', 'minutes',
  'mix', 'ml', 'monday', 'noon', 'oil', 'onion', 'oven', 'pack', 'packing', 'pan', 'park', 'parking', 'passport',
  'password', 'pay', 'pepper', 'pick', 'plants', 'platform', 'pm', 'pot', 'price', 'rd', 'recycling',
  'reservation', 'road', 'salt', 'saturday', 'sauce', 'shoes', 'simmer', 'snacks', 'st', 'station', 'stir',
  'straight', 'street', 'subway', 'sunday', 'sunscreen', 'tbsp', 'terminal', 'thursday', 'ticket', 'tickets',
  'towels', 'train', 'tram', 'trash', 'tsp', 'tuesday', 'turn', 'water', 'wednesday', 'wifi',
] as const;
