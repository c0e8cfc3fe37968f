const { MongoClient } = require('mongodb');
(async () => {
  const c = await MongoClient.connect('mongodb://127.0.0.1:27791/');
  const e = await c.db('lookups').command({ explain: { find: 'things', filter: { _id: 'a' } } });
  console.log(JSON.stringify(e.queryPlanner));
  await c.close();
})();
