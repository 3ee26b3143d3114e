/**
 * Words of logistics — places, transport, times, food, household chores, how-to steps — that fill directions,
 * plans, recipes, set-up instructions and packing lists. A long draft thick with them (and with numbers) is
 * practical, not a letter.
 */
export default [
  'address', 'airbnb', 'airport', 'alarm', 'am', 'apartment', 'app', 'apt', 'arrive', 'ave', 'avenue', 'bag', 'bags',
  'bake', 'bin', 'bins', 'block', 'booking', 'bowl', 'box', 'boxes', 'breakfast', 'bring', 'bus', 'button', 'cable',
  'cash', 'charger', 'check-in', 'checkout', 'click', 'code', 'cost', 'cup', 'cups', 'degrees', 'dinner', 'door',
  'drill', 'drive', 'drop', 'dry', 'entrance', 'exit', 'feed', 'flight', 'floor', 'fold', 'friday', 'g', 'garlic',
  'gate', 'grams', 'heat', 'highway', 'hire', 'hotel', 'hours', 'hrs', 'install', 'instructions', 'jacket',
  'junction', 'key', 'keys', 'kg', 'km', 'lane', 'lead', 'left', 'litter', 'lock', 'lunch', 'manual', 'meet',
  'metro', 'mile', 'miles', 'min', 'mins', 'minutes', 'mix', 'ml', 'monday', 'motorway', 'noon', 'oil', 'onion',
  'oven', 'pack', 'packing', 'pan', 'park', 'parking', 'passport', 'password', 'pay', 'pepper', 'pick', 'plants',
  'platform', 'plug', 'pm', 'pot', 'press', 'price', 'rd', 'recycling', 'reps', 'reservation', 'rest', 'road',
  'roundabout', 'router', 'salt', 'saturday', 'sauce', 'screen', 'screws', 'session', 'sets', 'settings', 'shelf',
  'shoes', 'signs', 'simmer', 'slot', 'snacks', 'st', 'station', 'step', 'steps', 'stir', 'straight', 'street',
  'stretch', 'subway', 'sunday', 'sunscreen', 'switch', 'tape', 'tbsp', 'terminal', 'thursday', 'ticket', 'tickets',
  'towels', 'train', 'tram', 'trash', 'treats', 'tsp', 'tuesday', 'turn', 'unplug', 'van', 'walk', 'walks',
  'warm-up', 'water', 'wednesday', 'wifi',
] as const;
